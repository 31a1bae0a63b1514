/* fdatasync (<unistd.h>): fdatasync (148). */
#include <unistd.h>
#include "glue.h"

int fdatasync(int fd)
{
	return __sys_ret(SYS_fdatasync, fd);
}
