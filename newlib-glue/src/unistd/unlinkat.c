/* unlinkat (<unistd.h>): unlinkat (328); AT_REMOVEDIR removes a directory. */
#include <unistd.h>
#include "glue.h"

int unlinkat(int dirfd, const char *path, int flags)
{
	int k = __glue_atflags(flags);

	if (k < 0)
		return __syscall_ret(-LINUX_EINVAL);
	return __sys_ret(SYS_unlinkat, __glue_dirfd(dirfd), path, k);
}
