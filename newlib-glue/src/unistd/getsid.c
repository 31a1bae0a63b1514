/* getsid (<unistd.h>): getsid (147). */
#include <unistd.h>
#include "glue.h"

pid_t getsid(pid_t pid)
{
	return __sys_ret(SYS_getsid, pid);
}
