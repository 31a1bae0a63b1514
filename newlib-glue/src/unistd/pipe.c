/* pipe (<unistd.h>): pipe (42). */
#include <unistd.h>
#include "glue.h"

int pipe(int fds[2])
{
	return __sys_ret(SYS_pipe, fds);
}
