/*
 * Interrupts: the kernel's own (the scheduler timer) and those bound to
 * user-level drivers, which arrive as notifications and stay masked until
 * the driver acknowledges them.
 */
#ifndef KERNEL_IRQ_H
#define KERNEL_IRQ_H

#include <kernel/tcb.h>

void irq_init(void);
/* Acknowledge and handle all pending interrupts. */
void irq_dispatch(void);
long irq_control(struct tcb *t, u32 op, u32 irq, u32 bits);
/* t is going away: drop its bindings. */
void irq_forget(struct tcb *t);

#endif
