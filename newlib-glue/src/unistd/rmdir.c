/* rmdir (<unistd.h>): rmdir (40). */
#include <unistd.h>
#include "glue.h"

int rmdir(const char *path)
{
	return __sys_ret(SYS_rmdir, path);
}
