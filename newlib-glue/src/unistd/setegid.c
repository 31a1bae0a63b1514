/* setegid (<unistd.h>): setresgid32 (210) of the effective gid alone, as glibc and musl do. */
#include <unistd.h>
#include "glue.h"

int setegid(gid_t egid)
{
	if (egid == (gid_t)-1)
		return __syscall_ret(-LINUX_EINVAL);
	return __sys_ret(SYS_setresgid32, -1, egid, -1);
}
