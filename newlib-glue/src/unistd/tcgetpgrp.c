/* tcgetpgrp (<unistd.h>): ioctl TIOCGPGRP. */
#include <unistd.h>
#include "glue.h"

pid_t tcgetpgrp(int fd)
{
	int32_t pgrp;
	long r = __syscall(SYS_ioctl, fd, LINUX_TIOCGPGRP, &pgrp);

	return r ? __syscall_ret(r) : pgrp;
}
