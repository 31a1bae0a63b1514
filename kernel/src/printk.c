/*
 * Kernel console output: formatted text to the PL011, "\n" sent as "\r\n"
 * so a raw host terminal shows it right.
 */
#include <kernel/kernel.h>
#include <drivers/pl011.h>
#include <fmt.h>
#include <stdarg.h>

void console_write(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\n')
			pl011_putc('\r');
		pl011_putc(s[i]);
	}
}

void printk(const char *fmt, ...)
{
	char buf[256];
	va_list ap;

	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	console_write(buf, MIN((size_t)n, sizeof(buf) - 1));
}
