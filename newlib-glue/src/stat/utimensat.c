/*
 * utimensat (<sys/stat.h>): utimensat_time64 (412), or utimensat (348)
 * where that is -ENOSYS. times NULL means "now"; tv_nsec may be UTIME_NOW
 * or UTIME_OMIT (Linux's values, defined by the glue's <sys/stat.h>).
 */
#include <fcntl.h>
#include <sys/stat.h>
#include "glue.h"

int utimensat(int dirfd, const char *path, const struct timespec *times, int flags)
{
	struct linux_timespec64 k[2];
	struct linux_old_timespec32 old[2];
	int kf = __glue_atflags(flags);
	int kd = __glue_dirfd(dirfd);
	long r;

	if (kf < 0)
		return __syscall_ret(-LINUX_EINVAL);
	if (times) {
		__glue_ts_to_linux(&k[0], &times[0]);
		__glue_ts_to_linux(&k[1], &times[1]);
	}
	r = __syscall(SYS_utimensat_time64, kd, path, times ? k : 0, kf);
	if (r != -LINUX_ENOSYS)
		return __syscall_ret(r);
	if (times) {
		r = __glue_ts_to_old_raw(&old[0], &times[0]);
		if (!r)
			r = __glue_ts_to_old_raw(&old[1], &times[1]);
		if (r)
			return __syscall_ret(r);
	}
	return __sys_ret(SYS_utimensat, kd, path, times ? old : 0, kf);
}
