/*
 * getrlimit (<sys/resource.h>): prlimit64 (369) on ourselves, or ugetrlimit
 * (191) where that is -ENOSYS, whose 32-bit RLIM_INFINITY is widened.
 */
#include <sys/resource.h>
#include "glue.h"

int getrlimit(int resource, struct rlimit *rl)
{
	struct linux_rlimit64 k;
	struct linux_rlimit old;
	long r = __syscall(SYS_prlimit64, 0, resource, 0, &k);

	if (r == 0) {
		rl->rlim_cur = k.rlim_cur;
		rl->rlim_max = k.rlim_max;
	}
	if (r != -LINUX_ENOSYS)
		return __syscall_ret(r);
	r = __syscall(SYS_ugetrlimit, resource, &old);
	if (r == 0) {
		rl->rlim_cur = old.rlim_cur == LINUX_RLIM_INFINITY ? RLIM_INFINITY : old.rlim_cur;
		rl->rlim_max = old.rlim_max == LINUX_RLIM_INFINITY ? RLIM_INFINITY : old.rlim_max;
	}
	return __syscall_ret(r);
}
