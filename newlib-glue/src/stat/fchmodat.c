/*
 * fchmodat (<sys/stat.h>): fchmodat (333), which has no flags; with
 * AT_SYMLINK_NOFOLLOW, fchmodat2 (452, Linux 6.6), and EOPNOTSUPP where
 * the kernel lacks it (glibc says the same).
 */
#include <fcntl.h>
#include <sys/stat.h>
#include "glue.h"

int fchmodat(int dirfd, const char *path, mode_t mode, int flags)
{
	int k = __glue_atflags(flags);
	long r;

	if (k < 0 || (k & ~LINUX_AT_SYMLINK_NOFOLLOW))
		return __syscall_ret(-LINUX_EINVAL);
	if (!k)
		return __sys_ret(SYS_fchmodat, __glue_dirfd(dirfd), path, mode);
	r = __syscall(SYS_fchmodat2, __glue_dirfd(dirfd), path, mode, k);
	return __syscall_ret(r == -LINUX_ENOSYS ? -LINUX_EOPNOTSUPP : r);
}
