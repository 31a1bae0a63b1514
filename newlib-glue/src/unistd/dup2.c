/* dup2 (<unistd.h>): dup2 (63); dup2(fd, fd) checks fd and returns it. */
#include <unistd.h>
#include "glue.h"

int dup2(int fd, int newfd)
{
	return __sys_ret(SYS_dup2, fd, newfd);
}
