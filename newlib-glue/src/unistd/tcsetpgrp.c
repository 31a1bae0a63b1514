/* tcsetpgrp (<unistd.h>): ioctl TIOCSPGRP. */
#include <unistd.h>
#include "glue.h"

int tcsetpgrp(int fd, pid_t pgrp)
{
	int32_t k = pgrp;

	return __sys_ret(SYS_ioctl, fd, LINUX_TIOCSPGRP, &k);
}
