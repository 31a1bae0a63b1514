/*
 * Time: the generic timer's counter (ticks at timer_hz), per-thread alarms
 * delivered as notifications, and the scheduler's slice deadline. One
 * hardware comparator serves both; it is set to the earliest.
 */
#ifndef KERNEL_TIMER_H
#define KERNEL_TIMER_H

#include <kernel/tcb.h>

extern u32 timer_hz;
extern u32 timer_slice_ticks;       /* TIMESLICE_US in counter ticks */

void timer_init(void);
u64 timer_now(void);
u64 timer_us_to_ticks(u32 us);
/* Program the comparator for min(slice deadline, first alarm). */
void timer_set_slice(u64 deadline);
/* Timer interrupt: fire due alarms, end the slice if due. */
void timer_irq(void);
long timer_set_alarm(struct tcb *t, u64 deadline, u32 bits);
void timer_forget(struct tcb *t);

#endif
