/*
 * get_nprocs (<sys/sysinfo.h>, GNU): the CPUs this process may run on
 * (sched_getaffinity, 242), 1 if the kernel will not say.
 */
#include <sys/sysinfo.h>
#include "glue.h"

int get_nprocs(void)
{
	uint32_t set[32] = { 0 };
	long r = __syscall(SYS_sched_getaffinity, 0, sizeof set, set);
	int n = 0;
	unsigned i;

	for (i = 0; r > 0 && i < (unsigned long)r / 4; i++)
		n += __builtin_popcount(set[i]);
	return n ? n : 1;
}
