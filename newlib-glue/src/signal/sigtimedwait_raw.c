/*
 * The wait behind sigtimedwait, sigwaitinfo and sigwait: 64-bit time
 * first, the old call when the kernel says -ENOSYS (as internal/timespec.c
 * does for the clock calls). A NULL timeout waits for ever.
 */
#include <signal.h>
#include <time.h>
#include "glue.h"

long __glue_sigtimedwait_raw(const linux_sigset_t *set, siginfo_t *si, const struct timespec *ts)
{
	struct linux_timespec64 k;
	struct linux_old_timespec32 old;
	long r;

	if (ts)
		__glue_ts_to_linux(&k, ts);
	r = __syscall(SYS_rt_sigtimedwait_time64, set, si, ts ? &k : 0, sizeof *set);
	if (r != -LINUX_ENOSYS)
		return r;
	if (ts) {
		r = __glue_ts_to_old_raw(&old, ts);
		if (r)
			return r;
	}
	return __syscall(SYS_rt_sigtimedwait, set, si, ts ? &old : 0, sizeof *set);
}
