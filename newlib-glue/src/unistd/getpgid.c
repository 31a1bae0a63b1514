/* getpgid (<unistd.h>): getpgid (132). */
#include <unistd.h>
#include "glue.h"

pid_t getpgid(pid_t pid)
{
	return __sys_ret(SYS_getpgid, pid);
}
