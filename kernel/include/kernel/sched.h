/*
 * Preemptive priority scheduler: PRIO_MAX+1 FIFO run queues, the highest
 * non-empty runs; equal priorities share the CPU in TIMESLICE_US slices.
 * The running thread (current) is not on a run queue.
 */
#ifndef KERNEL_SCHED_H
#define KERNEL_SCHED_H

#include <kernel/tcb.h>

extern struct tcb *current;

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
/* End of every kernel entry: choose who runs, switch to it, return its frame. */
struct frame *sched_exit(void);

#endif
