/* mkfifo (<sys/stat.h>): mknod(path, S_IFIFO | mode, 0). */
#include <sys/stat.h>
#include "glue.h"

int mkfifo(const char *path, mode_t mode)
{
	return __sys_ret(SYS_mknod, path, LINUX_S_IFIFO | (mode & 07777), 0);
}
