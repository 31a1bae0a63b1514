/* clock_getres (<time.h>): clock_getres_time64 (406), or clock_getres (264); res may be NULL. */
#include <time.h>
#include "glue.h"

int clock_getres(clockid_t clock, struct timespec *res)
{
	struct linux_timespec64 k;
	struct linux_old_timespec32 old;
	int kc = __glue_clockid(clock);
	long r = __syscall(SYS_clock_getres_time64, kc, res ? &k : 0);

	if (r == 0 && res)
		__glue_ts_from_linux(res, &k);
	if (r == -LINUX_ENOSYS) {
		r = __syscall(SYS_clock_getres, kc, res ? &old : 0);
		if (r == 0 && res) {
			res->tv_sec = old.tv_sec;
			res->tv_nsec = old.tv_nsec;
		}
	}
	return __syscall_ret(r);
}
