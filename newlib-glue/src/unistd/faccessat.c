/* faccessat (<unistd.h>): faccessat (334), or faccessat2 (439) when flags are given. */
#include <fcntl.h>
#include <unistd.h>
#include "glue.h"

int faccessat(int dirfd, const char *path, int mode, int flags)
{
	int k = __glue_atflags(flags);

	if (k < 0)
		return __syscall_ret(-LINUX_EINVAL);
	if (!k)
		return __sys_ret(SYS_faccessat, __glue_dirfd(dirfd), path, mode);
	return __sys_ret(SYS_faccessat2, __glue_dirfd(dirfd), path, mode, k);
}
