/*
 * syscall (<unistd.h>, <sys/syscall.h>): any Linux call by number with up
 * to six word arguments; -1 and errno (newlib's numbering) on failure.
 * Nothing is checked or translated: a test can pass a bad pointer and see
 * the kernel's EFAULT.
 */
#include <stdarg.h>
#include <unistd.h>
#include "glue.h"

long syscall(long nr, ...)
{
	long a, b, c, d, e, f;
	va_list ap;

	va_start(ap, nr);
	a = va_arg(ap, long);
	b = va_arg(ap, long);
	c = va_arg(ap, long);
	d = va_arg(ap, long);
	e = va_arg(ap, long);
	f = va_arg(ap, long);
	va_end(ap);
	return __syscall_ret(__syscall6(nr, a, b, c, d, e, f));
}
