/*
 * Preemptive priority scheduler: PRIO_MAX+1 FIFO run queues, the highest
 * non-empty runs; equal priorities share the CPU in TIMESLICE_US slices.
 * The running thread (current) is not on a run queue.
 */
#ifndef KERNEL_SCHED_H
#define KERNEL_SCHED_H

#include <kernel/tcb.h>
#include <kernel/cpu.h>
#include <kernel/space.h>
#include <arch/cpu.h>
#include <arch/mmu.h>


void sched_init(void);
/* t became runnable: queue it, and preempt current if t outranks it. */
void sched_wake(struct tcb *t);
/* t (runnable, just handed a message by current, which now blocks) may run next directly. */
void sched_handoff(struct tcb *t);
/* Take t off the run queue (it blocks, stops or dies). */
void sched_remove(struct tcb *t);
/* current gives up the rest of its slice. */
void sched_yield(void);
/* Time slice over (timer). */
void sched_tick(u64 now);
/* 1 if t outranks or equals every queued thread (so it may run next at once). */
static inline int sched_may_run_now(const struct tcb *t)
{
	return (runq_bitmap >> t->prio) <= 1;
}

/* next's address space and VFP access; it becomes current (its TLS registers are the caller's part). */
static inline void sched_load(struct tcb *next)
{
	if (next->space != space_loaded) {
		mmu_switch(next->space);
		space_loaded = next->space;
	}
	vfp_switch(next);
	current = next;
}

/* Load next's address space, TLS registers and VFP access; it becomes current. */
static inline void sched_switch_to(struct tcb *next)
{
	struct tcb *prev = current;

	if (likely(prev != next)) {
		if (prev)
			prev->tpidrurw = read_tpidrurw();
		write_tpidrurw(next->tpidrurw);
		write_tpidruro(next->tpidruro);
	}
	sched_load(next);
}

/* The fast paths' switch: prev is current and is not next. */
static inline void sched_switch_from(struct tcb *prev, struct tcb *next)
{
	prev->tpidrurw = read_tpidrurw();
	write_tpidrurw(next->tpidrurw);
	write_tpidruro(next->tpidruro);
	sched_load(next);
}
/* End of every kernel entry: choose who runs, switch to it, return its frame. */
struct frame *sched_exit(void);

#endif
