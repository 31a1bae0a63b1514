/*
 * tcgetattr (<termios.h>): ioctl TCGETS, the kernel's termios widened to
 * ours; both speeds come from the CBAUD field, as in glibc.
 */
#include <string.h>
#include <termios.h>
#include "glue.h"

int tcgetattr(int fd, struct termios *t)
{
	struct linux_termios k;
	long r = __syscall(SYS_ioctl, fd, LINUX_TCGETS, &k);

	if (r)
		return __syscall_ret(r);
	memset(t, 0, sizeof *t);
	t->c_iflag = k.c_iflag;
	t->c_oflag = k.c_oflag;
	t->c_cflag = k.c_cflag;
	t->c_lflag = k.c_lflag;
	t->c_line = k.c_line;
	memcpy(t->c_cc, k.c_cc, sizeof k.c_cc);
	t->c_ispeed = t->c_ospeed = k.c_cflag & LINUX_CBAUD;
	return 0;
}
