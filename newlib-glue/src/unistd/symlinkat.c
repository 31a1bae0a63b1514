/* symlinkat (<unistd.h>): symlinkat (331). */
#include <unistd.h>
#include "glue.h"

int symlinkat(const char *target, int dirfd, const char *path)
{
	return __sys_ret(SYS_symlinkat, target, __glue_dirfd(dirfd), path);
}
