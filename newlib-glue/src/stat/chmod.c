/* chmod (<sys/stat.h>): chmod (15). */
#include <sys/stat.h>
#include "glue.h"

int chmod(const char *path, mode_t mode)
{
	return __sys_ret(SYS_chmod, path, mode);
}
