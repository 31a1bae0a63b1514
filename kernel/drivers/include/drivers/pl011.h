#ifndef DRIVERS_PL011_H
#define DRIVERS_PL011_H
/* ARM PL011 UART, polled transmit only: the kernel's console. */
void pl011_init(void *base);
void pl011_putc(char c);
#endif
