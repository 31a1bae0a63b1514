/* tcsetattr (<termios.h>): ioctl TCSETS, TCSETSW or TCSETSF for TCSANOW, TCSADRAIN, TCSAFLUSH. */
#include <string.h>
#include <termios.h>
#include "glue.h"

int tcsetattr(int fd, int action, const struct termios *t)
{
	struct linux_termios k;

	if (action < TCSANOW || action > TCSAFLUSH)
		return __syscall_ret(-LINUX_EINVAL);
	k.c_iflag = t->c_iflag;
	k.c_oflag = t->c_oflag;
	k.c_cflag = t->c_cflag;
	k.c_lflag = t->c_lflag;
	k.c_line = t->c_line;
	memcpy(k.c_cc, t->c_cc, sizeof k.c_cc);
	return __sys_ret(SYS_ioctl, fd, LINUX_TCSETS + action, &k);
}
