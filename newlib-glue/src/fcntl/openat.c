/* openat (<fcntl.h>): openat (322), dirfd and O_* flags translated. */
#include <fcntl.h>
#include <stdarg.h>
#include "glue.h"

int openat(int dirfd, const char *path, int flags, ...)
{
	int mode = 0;

	if (flags & O_CREAT) {
		va_list ap;
		va_start(ap, flags);
		mode = va_arg(ap, int);
		va_end(ap);
	}
	return __sys_ret(SYS_openat, __glue_dirfd(dirfd), path, __glue_oflags_to_linux(flags), mode);
}
