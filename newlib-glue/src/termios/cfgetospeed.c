/* cfgetospeed (<termios.h>): the CBAUD field of c_cflag (a B* constant). */
#include <termios.h>

speed_t cfgetospeed(const struct termios *t)
{
	return t->c_cflag & CBAUD;
}
