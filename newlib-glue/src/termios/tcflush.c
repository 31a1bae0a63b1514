/* tcflush (<termios.h>): ioctl TCFLSH. */
#include <termios.h>
#include "glue.h"

int tcflush(int fd, int queue)
{
	return __sys_ret(SYS_ioctl, fd, LINUX_TCFLSH, queue);
}
