/*
 * statx (<sys/stat.h>, GNU, glibc 2.28): statx (397), the Linux struct
 * returned as it is. dirfd and newlib's AT_* flags are translated; the
 * statx-only flags (AT_NO_AUTOMOUNT, AT_STATX_*) are Linux's values already.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include "glue.h"

#define STATX_ONLY_FLAGS (LINUX_AT_NO_AUTOMOUNT | LINUX_AT_STATX_SYNC_TYPE)

int statx(int dirfd, const char *__restrict path, int flags, unsigned mask,
	  struct statx *__restrict buf)
{
	int k = __glue_atflags(flags & ~STATX_ONLY_FLAGS);

	if (k < 0)
		return __syscall_ret(-LINUX_EINVAL);
	return __sys_ret(SYS_statx, __glue_dirfd(dirfd), path, k | (flags & STATX_ONLY_FLAGS),
			 mask, buf);
}
