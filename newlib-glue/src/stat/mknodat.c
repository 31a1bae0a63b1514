/* mknodat (<sys/stat.h>): mknodat (324). */
#include <sys/stat.h>
#include "glue.h"

int mknodat(int dirfd, const char *path, mode_t mode, dev_t dev)
{
	return __sys_ret(SYS_mknodat, __glue_dirfd(dirfd), path, mode, (unsigned short)dev);
}
