/* mkfifoat (<sys/stat.h>): mknodat(dirfd, path, S_IFIFO | mode, 0). */
#include <sys/stat.h>
#include "glue.h"

int mkfifoat(int dirfd, const char *path, mode_t mode)
{
	return __sys_ret(SYS_mknodat, __glue_dirfd(dirfd), path, LINUX_S_IFIFO | (mode & 07777), 0);
}
