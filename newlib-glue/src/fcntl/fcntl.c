/*
 * fcntl (<fcntl.h>): replaces newlib's, which only says ENOSYS. The
 * translation is in _fcntl (stubs/_fcntl.c), which newlib's _fcntl_r calls too.
 */
#include <fcntl.h>
#include <stdarg.h>
#include "protos.h"

int fcntl(int fd, int cmd, ...)
{
	unsigned long arg;
	va_list ap;

	va_start(ap, cmd);
	arg = va_arg(ap, unsigned long);
	va_end(ap);
	return _fcntl(fd, cmd, arg);
}
