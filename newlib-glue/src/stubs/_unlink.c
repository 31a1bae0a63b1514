/* _unlink: newlib's unlink() and remove() of a file end here (unlink, 10). */
#include "protos.h"

int _unlink(const char *path)
{
	return __sys_ret(SYS_unlink, path);
}
