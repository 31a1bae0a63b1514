/*
 * Time: the generic timer's counter (ticks at timer_hz), per-thread alarms
 * delivered as notifications, the scheduler's slice deadline, and CPU
 * time sampling. One hardware comparator serves all; it is set to the
 * earliest.
 *
 * CPU time is sampled, as Linux's tick accounting does: while a thread
 * runs, every CPU_SAMPLE_US the one running is charged the time since the
 * last sample. The
 * kernel runs with interrupts masked, so a sample always finds a thread
 * in user mode: all of it is user time. Sampling stops while the CPU
 * idles (no wake-ups for nothing) and starts again when a thread runs.
 */
#ifndef KERNEL_TIMER_H
#define KERNEL_TIMER_H

#include <kernel/tcb.h>

extern u32 timer_hz;
extern u32 timer_slice_ticks;       /* TIMESLICE_US in counter ticks */

void timer_init(void);
u64 timer_now(void);
u64 timer_us_to_ticks(u32 us);
/* Program the comparator for min(slice deadline, first alarm, next sample). */
void timer_set_slice(u64 deadline);
/* The CPU goes idle / a thread runs again: CPU time sampling stops / starts. */
void timer_sampling(int on);
/* Timer interrupt: fire due alarms, end the slice if due. */
void timer_irq(void);
long timer_set_alarm(struct tcb *t, u64 deadline, u32 bits);
void timer_forget(struct tcb *t);

#endif
