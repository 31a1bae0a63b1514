/* seteuid (<unistd.h>): setresuid32 (208) of the effective uid alone, as glibc and musl do. */
#include <unistd.h>
#include "glue.h"

int seteuid(uid_t euid)
{
	if (euid == (uid_t)-1)
		return __syscall_ret(-LINUX_EINVAL);
	return __sys_ret(SYS_setresuid32, -1, euid, -1);
}
