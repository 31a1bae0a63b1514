/* tcflow (<termios.h>): ioctl TCXONC. */
#include <termios.h>
#include "glue.h"

int tcflow(int fd, int action)
{
	return __sys_ret(SYS_ioctl, fd, LINUX_TCXONC, action);
}
