/* pipe2 (<unistd.h>, GNU): pipe2 (359) with O_CLOEXEC and O_NONBLOCK translated. */
#include <fcntl.h>
#include <unistd.h>
#include "glue.h"

int pipe2(int fds[2], int flags)
{
	if (flags & ~(O_CLOEXEC | O_NONBLOCK))
		return __syscall_ret(-LINUX_EINVAL);
	return __sys_ret(SYS_pipe2, fds, __glue_oflags_to_linux(flags));
}
