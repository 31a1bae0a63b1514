/* cfsetspeed (<termios.h>, BSD): both speeds. */
#include <termios.h>

int cfsetspeed(struct termios *t, speed_t speed)
{
	return cfsetospeed(t, speed);
}
