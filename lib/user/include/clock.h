/*
 * Time for servers: the generic timer's counter (readable from user mode)
 * for monotonic time, the PL031 RTC read once at start for wall time.
 * mm0 and fs0 each call clock_init() and then agree on the time.
 */
#ifndef USER_CLOCK_H
#define USER_CLOCK_H

#include <persona/types.h>

#define NSEC_PER_SEC 1000000000ull

/* Maps the RTC (from the boot info's device list) at rtc_va and reads it. */
void clock_init(u32 rtc_va);
u64 clock_monotonic_ns(void);
u64 clock_realtime_ns(void);
u64 clock_ticks_to_ns(u64 ticks);
u64 clock_ns_to_ticks(u64 ns);
u32 clock_hz(void);

#endif
