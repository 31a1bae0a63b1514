/*
 * Time values: newlib's struct timespec has a 64-bit time_t and a 32-bit
 * long tv_nsec; Linux's *_time64 calls take struct __kernel_timespec (two
 * 64-bit words) and the old calls two 32-bit words. Also the two clock
 * calls everything else is built on: the 64-bit call first, the old one
 * when the kernel says -ENOSYS (a kernel older than 5.1, or Persona before
 * it has the time64 calls).
 */
#include <time.h>
#include "glue.h"

void __glue_ts_to_linux(struct linux_timespec64 *k, const struct timespec *ts)
{
	k->tv_sec = ts->tv_sec;
	k->tv_nsec = ts->tv_nsec;
}

void __glue_ts_from_linux(struct timespec *ts, const struct linux_timespec64 *k)
{
	ts->tv_sec = k->tv_sec;
	ts->tv_nsec = (long)k->tv_nsec;
}

long __glue_ts_to_old_raw(struct linux_old_timespec32 *k, const struct timespec *ts)
{
	if (ts->tv_sec != (int32_t)ts->tv_sec)
		return -LINUX_EOVERFLOW;
	k->tv_sec = (int32_t)ts->tv_sec;
	k->tv_nsec = ts->tv_nsec;
	return 0;
}

long __glue_clock_gettime_raw(int clock, struct timespec *ts)
{
	struct linux_timespec64 k;
	struct linux_old_timespec32 old;
	long r = __syscall(SYS_clock_gettime64, clock, &k);

	if (r == 0)
		__glue_ts_from_linux(ts, &k);
	if (r != -LINUX_ENOSYS)
		return r;
	r = __syscall(SYS_clock_gettime, clock, &old);
	if (r == 0) {
		ts->tv_sec = old.tv_sec;
		ts->tv_nsec = old.tv_nsec;
	}
	return r;
}

long __glue_clock_nanosleep_raw(int clock, int flags, const struct timespec *req,
				struct timespec *rem)
{
	struct linux_timespec64 k, krem;
	struct linux_old_timespec32 old, oldrem;
	long r;

	__glue_ts_to_linux(&k, req);
	r = __syscall(SYS_clock_nanosleep_time64, clock, flags, &k, rem ? &krem : 0);
	if (r == -LINUX_EINTR && rem && !(flags & LINUX_TIMER_ABSTIME))
		__glue_ts_from_linux(rem, &krem);
	if (r != -LINUX_ENOSYS)
		return r;
	r = __glue_ts_to_old_raw(&old, req);
	if (r)
		return r;
	r = __syscall(SYS_clock_nanosleep, clock, flags, &old, rem ? &oldrem : 0);
	if (r == -LINUX_EINTR && rem && !(flags & LINUX_TIMER_ABSTIME)) {
		rem->tv_sec = oldrem.tv_sec;
		rem->tv_nsec = oldrem.tv_nsec;
	}
	return r;
}
