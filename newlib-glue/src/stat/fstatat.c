/* fstatat (<sys/stat.h>): dirfd and AT_* flags translated. */
#include <fcntl.h>
#include <sys/stat.h>
#include "glue.h"

int fstatat(int dirfd, const char *__restrict path, struct stat *__restrict st, int flags)
{
	int k = __glue_atflags(flags);

	if (k < 0)
		return __syscall_ret(-LINUX_EINVAL);
	return __syscall_ret(__glue_fstatat_raw(__glue_dirfd(dirfd), path, st, k));
}
