/* _mkdir: newlib's mkdtemp() ends here (mkdir, 39). */
#include "protos.h"

int _mkdir(const char *path, mode_t mode)
{
	return __sys_ret(SYS_mkdir, path, mode);
}
