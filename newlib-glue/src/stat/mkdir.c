/* mkdir (<sys/stat.h>): mkdir (39). */
#include <sys/stat.h>
#include "glue.h"

int mkdir(const char *path, mode_t mode)
{
	return __sys_ret(SYS_mkdir, path, mode);
}
