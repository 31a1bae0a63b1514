/*
 * printf for servers: vsnprintf into the UTCB buffer, one debug_write.
 * Lines longer than the buffer are cut.
 */
#include <uprintf.h>
#include <native.h>
#include <string.h>

int vprintf(const char *fmt, va_list ap)
{
	struct utcb *u = utcb();
	int n = vsnprintf(u->buf, UTCB_BUF_BYTES, fmt, ap);

	if (n > (int)UTCB_BUF_BYTES - 1)
		n = UTCB_BUF_BYTES - 1;
	debug_write((u32)n);
	return n;
}

int printf(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	int n = vprintf(fmt, ap);
	va_end(ap);
	return n;
}

int puts(const char *s)
{
	return printf("%s\n", s);
}
