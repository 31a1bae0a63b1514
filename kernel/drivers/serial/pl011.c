/*
 * PL011 transmit for kernel messages. The UART's receive side belongs to
 * the user-level console driver; the kernel only writes.
 */
#include <drivers/pl011.h>
#include <persona/types.h>

#define UARTDR      0x000
#define UARTFR      0x018
#define FR_TXFF     (1u << 5)

static volatile u32 *uart;

void pl011_init(void *base)
{
	uart = base;
}

void pl011_putc(char c)
{
	if (!uart)
		return;
	while (uart[UARTFR / 4] & FR_TXFF)
		;
	uart[UARTDR / 4] = (u8)c;
}
