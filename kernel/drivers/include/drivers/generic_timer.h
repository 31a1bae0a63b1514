#ifndef DRIVERS_GENERIC_TIMER_H
#define DRIVERS_GENERIC_TIMER_H
/*
 * ARMv7 generic timer: the kernel uses the EL1 physical timer's comparator;
 * EL0 may read the virtual counter (CNTVCT, equal to the physical count
 * here: CNTVOFF is 0 without EL2) and use the virtual timer.
 */
#include <persona/types.h>
u32 gt_init(void);              /* returns the counter frequency */
u64 gt_now(void);
void gt_set_compare(u64 ticks);
#endif
