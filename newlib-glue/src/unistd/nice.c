/*
 * nice (<unistd.h>): ARM EABI has no nice call; getpriority/setpriority
 * (96/97) do it, as in glibc. Returns the new nice value.
 */
#include <unistd.h>
#include "glue.h"

int nice(int inc)
{
	long prio = __syscall(SYS_getpriority, LINUX_PRIO_PROCESS, 0);
	long r;

	if (prio < 0)
		return __syscall_ret(prio);
	prio = 20 - prio + inc;   /* the kernel returns 20 - nice */
	if (prio < LINUX_PRIO_MIN)
		prio = LINUX_PRIO_MIN;
	if (prio > LINUX_PRIO_MAX - 1)
		prio = LINUX_PRIO_MAX - 1;
	r = __syscall(SYS_setpriority, LINUX_PRIO_PROCESS, 0, prio);
	if (r == -LINUX_EACCES)
		r = -LINUX_EPERM;
	return r ? __syscall_ret(r) : prio;
}
