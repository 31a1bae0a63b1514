/*
 * _gettimeofday: newlib's gettimeofday() and time() end here. Built on
 * clock_gettime64 (CLOCK_REALTIME) for a 64-bit tv_sec, as musl does; the
 * obsolete timezone, if asked for, is zero (UTC, no DST), what Linux
 * reports unless someone set it.
 */
#include <string.h>
#include <sys/time.h>
#include "protos.h"

int _gettimeofday(struct timeval *tv, void *tz)
{
	struct timespec ts;
	long r;

	if (tz)
		memset(tz, 0, sizeof(struct linux_timezone));
	if (!tv)
		return 0;
	r = __glue_clock_gettime_raw(LINUX_CLOCK_REALTIME, &ts);
	if (r)
		return __syscall_ret(r);
	tv->tv_sec = ts.tv_sec;
	tv->tv_usec = ts.tv_nsec / 1000;
	return 0;
}
