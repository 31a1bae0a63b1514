/* tcdrain (<termios.h>): ioctl TCSBRK with a non-zero argument waits for the output to drain. */
#include <termios.h>
#include "glue.h"

int tcdrain(int fd)
{
	return __sys_ret(SYS_ioctl, fd, LINUX_TCSBRK, 1);
}
