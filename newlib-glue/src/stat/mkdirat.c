/* mkdirat (<sys/stat.h>): mkdirat (323). */
#include <sys/stat.h>
#include "glue.h"

int mkdirat(int dirfd, const char *path, mode_t mode)
{
	return __sys_ret(SYS_mkdirat, __glue_dirfd(dirfd), path, mode);
}
