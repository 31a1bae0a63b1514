/*
 * pselect (<sys/select.h>): pselect6_time64 (413), or pselect6 (335). The
 * sixth argument is Linux's {mask pointer, mask size} pair; the timeout
 * is not written back (POSIX pselect leaves it alone).
 */
#include <sys/select.h>
#include "glue.h"

int pselect(int n, fd_set *r, fd_set *w, fd_set *e, const struct timespec *ts,
	    const sigset_t *mask)
{
	struct linux_timespec64 k;
	struct linux_old_timespec32 old;
	linux_sigset_t km;
	uint32_t data[2] = { 0, sizeof km };
	long ret;

	if (mask) {
		__glue_sigset_to_linux(&km, mask);
		data[0] = (uint32_t)(uintptr_t)&km;
	}
	if (ts)
		__glue_ts_to_linux(&k, ts);
	ret = __syscall(SYS_pselect6_time64, n, r, w, e, ts ? &k : 0, data);
	if (ret != -LINUX_ENOSYS)
		return __syscall_ret(ret);
	if (ts) {
		ret = __glue_ts_to_old_raw(&old, ts);
		if (ret)
			return __syscall_ret(ret);
	}
	return __sys_ret(SYS_pselect6, n, r, w, e, ts ? &old : 0, data);
}
