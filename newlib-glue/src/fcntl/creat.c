/* creat (<fcntl.h>): open(path, O_WRONLY | O_CREAT | O_TRUNC, mode). */
#include <fcntl.h>
#include "glue.h"

int creat(const char *path, mode_t mode)
{
	return __sys_ret(SYS_open, path, LINUX_O_WRONLY | LINUX_O_CREAT | LINUX_O_TRUNC, mode);
}
