/* cfsetospeed (<termios.h>): set the CBAUD field; anything but a B* constant is EINVAL. */
#include <termios.h>
#include "glue.h"

int cfsetospeed(struct termios *t, speed_t speed)
{
	if (speed & ~CBAUD)
		return __syscall_ret(-LINUX_EINVAL);
	t->c_cflag = (t->c_cflag & ~CBAUD) | speed;
	t->c_ispeed = t->c_ospeed = speed;
	return 0;
}
