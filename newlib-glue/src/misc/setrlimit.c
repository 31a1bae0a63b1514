/*
 * setrlimit (<sys/resource.h>): prlimit64 (369) on ourselves, or setrlimit
 * (75) where that is -ENOSYS, with values beyond 32 bits meaning infinity.
 */
#include <sys/resource.h>
#include "glue.h"

static uint32_t narrow(rlim_t v)
{
	return v >= LINUX_RLIM_INFINITY ? LINUX_RLIM_INFINITY : (uint32_t)v;
}

int setrlimit(int resource, const struct rlimit *rl)
{
	struct linux_rlimit64 k = { rl->rlim_cur, rl->rlim_max };
	struct linux_rlimit old;
	long r = __syscall(SYS_prlimit64, 0, resource, &k, 0);

	if (r != -LINUX_ENOSYS)
		return __syscall_ret(r);
	old.rlim_cur = narrow(rl->rlim_cur);
	old.rlim_max = narrow(rl->rlim_max);
	return __sys_ret(SYS_setrlimit, resource, &old);
}
