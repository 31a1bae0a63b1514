/* ioctl (<sys/ioctl.h>): ioctl (54); requests and their structures are Linux's, passed unchanged. */
#include <stdarg.h>
#include <sys/ioctl.h>
#include "glue.h"

int ioctl(int fd, unsigned long request, ...)
{
	void *arg;
	va_list ap;

	va_start(ap, request);
	arg = va_arg(ap, void *);
	va_end(ap);
	return __sys_ret(SYS_ioctl, fd, request, arg);
}
