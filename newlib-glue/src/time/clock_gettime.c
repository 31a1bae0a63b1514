/*
 * clock_gettime (<time.h>): clock_gettime64 (403), or clock_gettime (263)
 * where that is -ENOSYS; newlib's clock ids translated.
 */
#include <time.h>
#include "glue.h"

int clock_gettime(clockid_t clock, struct timespec *ts)
{
	return __syscall_ret(__glue_clock_gettime_raw(__glue_clockid(clock), ts));
}
