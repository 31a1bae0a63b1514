/*
 * <time.h>: newlib's. Its clock and sleep functions (clock_gettime,
 * clock_getres, clock_settime, nanosleep, clock_nanosleep) and
 * CLOCK_MONOTONIC and the CPU-time clocks are only declared where newlib
 * defines _POSIX_TIMERS and friends (RTEMS, Cygwin); the glue provides
 * them, so they are declared here exactly as newlib would, with newlib's
 * clock numbers (the glue translates them to Linux's).
 */
#ifndef _GLUE_TIME_H
#define _GLUE_TIME_H

#include_next <time.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef CLOCK_PROCESS_CPUTIME_ID
#define CLOCK_PROCESS_CPUTIME_ID ((clockid_t) 2)
#endif
#ifndef CLOCK_THREAD_CPUTIME_ID
#define CLOCK_THREAD_CPUTIME_ID ((clockid_t) 3)
#endif
#ifndef CLOCK_MONOTONIC
#define CLOCK_MONOTONIC ((clockid_t) 4)
#endif

#if !defined(_POSIX_TIMERS)
int clock_settime (clockid_t clock_id, const struct timespec *tp);
int clock_gettime (clockid_t clock_id, struct timespec *tp);
int clock_getres (clockid_t clock_id, struct timespec *res);
int nanosleep (const struct timespec  *rqtp, struct timespec *rmtp);
#endif

#if !defined(_POSIX_CLOCK_SELECTION)
int clock_nanosleep (clockid_t clock_id, int flags,
	const struct timespec *rqtp, struct timespec *rmtp);
#endif

#ifdef __cplusplus
}
#endif

#endif
