/* cfsetispeed (<termios.h>): 0 means "as the output speed"; otherwise cfsetospeed (one speed both ways). */
#include <termios.h>

int cfsetispeed(struct termios *t, speed_t speed)
{
	return speed ? cfsetospeed(t, speed) : 0;
}
