/*
 * The PL011 UART as a user-level driver: mapped from the boot info's
 * device list, its receive interrupt bound to fs0's notifications. Output
 * is polled (the kernel writes its own messages to the same UART); input
 * is drained into the console's line discipline on each interrupt.
 */
#include "fs0.h"

#define UART_VA     0x0f000000u
#define UARTDR      0x000
#define UARTFR      0x018
#define UARTIMSC    0x038
#define UARTICR     0x044
#define FR_RXFE     (1u << 4)
#define FR_TXFF     (1u << 5)
#define INT_RX      (1u << 4)
#define INT_RT      (1u << 6)

static volatile u32 *uart;
static u32 uart_irq;

long uart_init(void)
{
	const struct bootinfo *bi = (const struct bootinfo *)BOOTINFO_VA;

	for (u32 i = 0; i < bi->ndevices; i++) {
		const struct bootinfo_device *d = &bi->devices[i];
		if (strcmp(d->name, "uart0"))
			continue;
		long err = map(SPACE_SELF, UART_VA, d->base_paddr, 1, MAP_R | MAP_W | MAP_DEVICE);
		if (err < 0)
			return err;
		uart = (volatile u32 *)UART_VA;
		uart_irq = d->irq;
		uart[UARTIMSC / 4] = INT_RX | INT_RT;
		return irq_control(IRQ_BIND, uart_irq, NOTIFY_UART);
	}
	return -ENOENT;
}

void uart_write(const char *s, u32 len)
{
	for (u32 i = 0; uart && i < len; i++) {
		while (uart[UARTFR / 4] & FR_TXFF)
			;
		uart[UARTDR / 4] = (u8)s[i];
	}
}

/* Interrupt: hands every received byte to the console, then re-enables the interrupt. */
void uart_interrupt(void (*input)(const char *bytes, u32 n))
{
	char buf[64];
	u32 n = 0;

	while (!(uart[UARTFR / 4] & FR_RXFE)) {
		buf[n++] = (char)uart[UARTDR / 4];
		if (n == sizeof(buf)) {
			input(buf, n);
			n = 0;
		}
	}
	if (n)
		input(buf, n);
	uart[UARTICR / 4] = INT_RX | INT_RT;
	irq_control(IRQ_ACK, uart_irq, 0);
}
