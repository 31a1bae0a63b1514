/* tcgetsid (<termios.h>): ioctl TIOCGSID. */
#include <termios.h>
#include "glue.h"

pid_t tcgetsid(int fd)
{
	int32_t sid;
	long r = __syscall(SYS_ioctl, fd, LINUX_TIOCGSID, &sid);

	return r ? __syscall_ret(r) : sid;
}
