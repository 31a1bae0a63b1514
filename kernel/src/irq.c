/*
 * Interrupt dispatch. The scheduler timer is the kernel's; any other
 * interrupt may be bound by one thread (CAP_IRQ) and is then delivered as a
 * notification and masked until that thread acknowledges it (IRQ_ACK), so a
 * level-triggered device cannot storm the CPU while its driver works.
 */
#include <kernel/irq.h>
#include <kernel/ipc.h>
#include <kernel/timer.h>
#include <drivers/gic_v2.h>
#include <board.h>

struct irq_binding {
	u32 tid;                /* TID_NONE: unbound */
	u32 bits;
};

static struct irq_binding bindings[BOARD_IRQ_COUNT];

void irq_init(void)
{
	gic_enable(BOARD_TIMER_IRQ);
}

/* Interrupts a user driver may bind: devices and the virtual timer. */
static int bindable(u32 irq)
{
	return irq < BOARD_IRQ_COUNT && irq < gic_irq_count() &&
	       (irq >= 32 || irq == BOARD_VTIMER_IRQ) && irq != BOARD_TIMER_IRQ;
}

static void deliver(u32 irq)
{
	struct irq_binding *b = &bindings[irq];
	struct tcb *t = b->tid ? tcb_lookup(b->tid) : NULL;

	gic_disable(irq);
	if (t)
		ipc_notify(t, b->bits);
	else
		printk("[kernel] interrupt %u has no driver: masked\n", irq);
}

void irq_dispatch(void)
{
	for (;;) {
		u32 irq = gic_ack();
		if (irq == GIC_SPURIOUS)
			return;
		if (irq == BOARD_TIMER_IRQ)
			timer_irq();
		else if (irq < BOARD_IRQ_COUNT)
			deliver(irq);
		gic_eoi(irq);
	}
}

long irq_control(struct tcb *t, u32 op, u32 irq, u32 bits)
{
	if (!bindable(irq))
		return -EINVAL;
	struct irq_binding *b = &bindings[irq];
	int mine = b->tid == t->tid;
	switch (op) {
	case IRQ_BIND:
		if (!bits)
			return -EINVAL;         /* arguments first, then state */
		if (b->tid && !mine && tcb_lookup(b->tid))
			return -EBUSY;
		b->tid = t->tid;
		b->bits = bits;
		gic_enable(irq);
		return 0;
	case IRQ_UNBIND:
		if (!mine)
			return -EPERM;
		gic_disable(irq);
		b->tid = TID_NONE;
		return 0;
	case IRQ_ACK:
		if (!mine)
			return -EPERM;
		gic_enable(irq);
		return 0;
	}
	return -EINVAL;
}

void irq_forget(struct tcb *t)
{
	for (u32 i = 0; i < BOARD_IRQ_COUNT; i++) {
		if (bindings[i].tid == t->tid) {
			gic_disable(i);
			bindings[i].tid = TID_NONE;
		}
	}
}
