/* dup3 (<unistd.h>, GNU): dup3 (358); O_CLOEXEC is the only flag, and fd == newfd is EINVAL. */
#include <fcntl.h>
#include <unistd.h>
#include "glue.h"

int dup3(int fd, int newfd, int flags)
{
	if (flags & ~O_CLOEXEC)
		return __syscall_ret(-LINUX_EINVAL);
	return __sys_ret(SYS_dup3, fd, newfd, flags ? LINUX_O_CLOEXEC : 0);
}
