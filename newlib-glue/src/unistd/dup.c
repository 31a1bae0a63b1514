/* dup (<unistd.h>): dup (41). */
#include <unistd.h>
#include "glue.h"

int dup(int fd)
{
	return __sys_ret(SYS_dup, fd);
}
