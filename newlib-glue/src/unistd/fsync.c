/* fsync (<unistd.h>): fsync (118). */
#include <unistd.h>
#include "glue.h"

int fsync(int fd)
{
	return __sys_ret(SYS_fsync, fd);
}
