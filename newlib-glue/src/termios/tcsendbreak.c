/* tcsendbreak (<termios.h>): ioctl TCSBRK 0, a break of about a quarter second whatever duration says. */
#include <termios.h>
#include "glue.h"

int tcsendbreak(int fd, int duration)
{
	(void)duration;
	return __sys_ret(SYS_ioctl, fd, LINUX_TCSBRK, 0);
}
