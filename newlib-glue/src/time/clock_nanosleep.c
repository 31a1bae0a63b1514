/*
 * clock_nanosleep (<time.h>): returns 0 or an error number (newlib's) and
 * leaves errno alone, as POSIX says. newlib's TIMER_ABSTIME is 4, Linux's 1.
 */
#include <time.h>
#include "glue.h"

int clock_nanosleep(clockid_t clock, int flags, const struct timespec *req, struct timespec *rem)
{
	int kf = (flags & TIMER_ABSTIME) ? LINUX_TIMER_ABSTIME : 0;
	long r;

	if (flags & ~TIMER_ABSTIME)
		return __glue_errno_from_linux(LINUX_EINVAL);
	r = __glue_clock_nanosleep_raw(__glue_clockid(clock), kf, req, rem);
	return r ? __glue_errno_from_linux((int)-r) : 0;
}
