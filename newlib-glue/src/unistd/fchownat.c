/* fchownat (<unistd.h>): fchownat (325); (uid_t)-1 means "unchanged". */
#include <unistd.h>
#include "glue.h"

int fchownat(int dirfd, const char *path, uid_t owner, gid_t group, int flags)
{
	int k = __glue_atflags(flags);

	if (k < 0)
		return __syscall_ret(-LINUX_EINVAL);
	return __sys_ret(SYS_fchownat, __glue_dirfd(dirfd), path,
			 owner == (uid_t)-1 ? -1L : (long)owner,
			 group == (gid_t)-1 ? -1L : (long)group, k);
}
