/* fchdir (<unistd.h>): fchdir (133). */
#include <unistd.h>
#include "glue.h"

int fchdir(int fd)
{
	return __sys_ret(SYS_fchdir, fd);
}
