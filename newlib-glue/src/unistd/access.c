/*
 * access (<unistd.h>): replaces newlib's, which looks at stat()'s mode bits
 * instead of asking the kernel (access, 33: real ids, every permission rule).
 */
#include <unistd.h>
#include "glue.h"

int access(const char *path, int mode)
{
	return __sys_ret(SYS_access, path, mode);
}
