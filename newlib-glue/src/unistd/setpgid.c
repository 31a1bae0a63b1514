/* setpgid (<unistd.h>): setpgid (57). */
#include <unistd.h>
#include "glue.h"

int setpgid(pid_t pid, pid_t pgid)
{
	return __sys_ret(SYS_setpgid, pid, pgid);
}
