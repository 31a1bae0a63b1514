/*
 * _open: newlib's open(), fopen(), mkstemp() end here (open, 5) with
 * newlib's O_* flags, which are translated. The mode is only read when a
 * file may be created, as for open(2).
 */
#include <fcntl.h>
#include <stdarg.h>
#include "protos.h"

int _open(const char *path, int flags, ...)
{
	int mode = 0;

	if (flags & O_CREAT) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, int);
		va_end(ap);
	}
	return __sys_ret(SYS_open, path, __glue_oflags_to_linux(flags), mode);
}
