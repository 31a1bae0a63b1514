/*
 * _isatty: newlib's isatty() and stdio's line buffering decision end here.
 * A terminal is what answers TCGETS; otherwise 0 with errno ENOTTY (or
 * EBADF), as glibc does.
 */
#include "protos.h"

int _isatty(int fd)
{
	struct linux_termios t;

	return __sys_ret(SYS_ioctl, fd, LINUX_TCGETS, &t) == 0;
}
