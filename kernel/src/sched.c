/*
 * The scheduler. Run queues are circular doubly linked lists per priority
 * with a bitmap of the non-empty ones. current is never queued while it
 * runs; sched_exit() decides at the end of each kernel entry whether it
 * keeps the CPU.
 *
 * Direct hand-off: when current blocks in a call and hands a message to a
 * thread that outranks (or equals) every queued one, that thread runs next
 * without touching the queues (the IPC fast case), inheriting the slice.
 */
#include <kernel/sched.h>
#include <kernel/space.h>
#include <kernel/timer.h>
#include <kernel/irq.h>
#include <arch/mmu.h>
#include <arch/cpu.h>

struct cpu cpu0;
static struct tcb *runq[PRIO_MAX + 1];
static struct tcb *handoff;
static int resched;             /* 0, or RESCHED_* for current */

#define RESCHED_PREEMPT 1       /* keep its place: head of its queue */
#define RESCHED_ROTATE  2       /* slice over: tail of its queue */

void sched_init(void)
{
	current = NULL;
}

static void enqueue(struct tcb *t, int at_head)
{
	struct tcb **q = &runq[t->prio];

	if (!*q) {
		t->rq_next = t->rq_prev = t;
		*q = t;
		runq_bitmap |= 1u << t->prio;
		return;
	}
	t->rq_next = *q;
	t->rq_prev = (*q)->rq_prev;
	(*q)->rq_prev->rq_next = t;
	(*q)->rq_prev = t;
	if (at_head)
		*q = t;
}

static void dequeue(struct tcb *t)
{
	struct tcb **q = &runq[t->prio];

	if (t->rq_next == t) {
		*q = NULL;
		runq_bitmap &= ~(1u << t->prio);
	} else {
		t->rq_prev->rq_next = t->rq_next;
		t->rq_next->rq_prev = t->rq_prev;
		if (*q == t)
			*q = t->rq_next;
	}
	t->rq_next = t->rq_prev = NULL;
}

static int highest_queued(void)
{
	return runq_bitmap ? 31 - __builtin_clz(runq_bitmap) : -1;
}

void sched_wake(struct tcb *t)
{
	t->state = TS_RUNNABLE;
	if (t == current)
		return;
	enqueue(t, 0);
	if (current && current->state == TS_RUNNABLE && t->prio > current->prio && !resched)
		resched = RESCHED_PREEMPT;
}

void sched_handoff(struct tcb *t)
{
	t->state = TS_RUNNABLE;
	if (!handoff && (int)t->prio >= highest_queued()) {
		handoff = t;
		return;
	}
	enqueue(t, 0);
}

void sched_remove(struct tcb *t)
{
	if (t->rq_next)
		dequeue(t);
	if (handoff == t)
		handoff = NULL;
}

void sched_yield(void)
{
	resched = RESCHED_ROTATE;
}

void sched_tick(u64 now)
{
	(void)now;
	if (current && current->state == TS_RUNNABLE)
		resched = RESCHED_ROTATE;
}

/* Wait with interrupts masked until an interrupt makes some thread runnable. */
static void idle(void)
{
	int idled = 0;

	while (!runq_bitmap && !handoff && !(current && current->state == TS_RUNNABLE)) {
		if (!idled++)
			timer_sampling(0);
		wfi();
		irq_dispatch();
	}
	if (idled)
		timer_sampling(1);
}

struct frame *sched_exit(void)
{
	struct tcb *next;

	for (;;) {
		int runnable = current && current->state == TS_RUNNABLE;
		if (handoff && (!runnable || !resched)) {
			next = handoff;
			handoff = NULL;
			if (runnable)
				enqueue(current, 1);
			break;
		}
		if (runnable && !resched) {
			next = current;
			break;
		}
		if (runnable) {
			if (resched == RESCHED_ROTATE && highest_queued() < (int)current->prio) {
				next = current;     /* alone at the top: keeps running */
				timer_set_slice(timer_now() + timer_slice_ticks);
				break;
			}
			enqueue(current, resched == RESCHED_PREEMPT);
		}
		int p = highest_queued();
		if (p >= 0) {
			next = runq[p];
			dequeue(next);
			timer_set_slice(timer_now() + timer_slice_ticks);
			break;
		}
		idle();
	}
	resched = 0;
	sched_switch_to(next);
	return &next->ctx;
}
