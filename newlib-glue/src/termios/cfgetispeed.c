/* cfgetispeed (<termios.h>): Linux terminals use one speed both ways: cfgetospeed. */
#include <termios.h>

speed_t cfgetispeed(const struct termios *t)
{
	return cfgetospeed(t);
}
