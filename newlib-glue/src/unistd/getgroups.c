/*
 * getgroups (<unistd.h>): getgroups32 (205). Linux fills 32-bit ids and
 * newlib's gid_t is 16-bit, so they are read into a bounce buffer (at most
 * NGROUPS_MAX, 65536, as on Linux).
 */
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#include "glue.h"

int getgroups(int n, gid_t list[])
{
	uint32_t *k;
	long r;
	int i;

	if (n < 0)
		return __syscall_ret(-LINUX_EINVAL);
	if (n == 0)
		return __sys_ret(SYS_getgroups32, 0, 0);
	if (n > LINUX_NGROUPS_MAX)
		n = LINUX_NGROUPS_MAX;
	k = malloc(n * sizeof *k);
	if (!k)
		return -1;
	r = __syscall(SYS_getgroups32, n, k);
	for (i = 0; i < r; i++)
		list[i] = (gid_t)k[i];
	free(k);
	return __syscall_ret(r);
}
