/* linkat (<unistd.h>): linkat (330). */
#include <unistd.h>
#include "glue.h"

int linkat(int olddirfd, const char *old, int newdirfd, const char *new, int flags)
{
	int k = __glue_atflags(flags);

	if (k < 0)
		return __syscall_ret(-LINUX_EINVAL);
	return __sys_ret(SYS_linkat, __glue_dirfd(olddirfd), old, __glue_dirfd(newdirfd), new, k);
}
