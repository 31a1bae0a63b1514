/*
 * nanosleep (<time.h>): clock_nanosleep_time64 (407) on CLOCK_REALTIME
 * (what glibc and musl issue), or clock_nanosleep (265); the time left
 * goes to rem when a signal interrupts it (EINTR).
 */
#include <time.h>
#include "glue.h"

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	return __syscall_ret(__glue_clock_nanosleep_raw(LINUX_CLOCK_REALTIME, 0, req, rem));
}
