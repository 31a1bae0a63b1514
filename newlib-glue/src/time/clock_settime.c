/* clock_settime (<time.h>): clock_settime64 (404), or clock_settime (262). */
#include <time.h>
#include "glue.h"

int clock_settime(clockid_t clock, const struct timespec *ts)
{
	struct linux_timespec64 k;
	struct linux_old_timespec32 old;
	int kc = __glue_clockid(clock);
	long r;

	__glue_ts_to_linux(&k, ts);
	r = __syscall(SYS_clock_settime64, kc, &k);
	if (r == -LINUX_ENOSYS) {
		r = __glue_ts_to_old_raw(&old, ts);
		if (!r)
			r = __syscall(SYS_clock_settime, kc, &old);
	}
	return __syscall_ret(r);
}
