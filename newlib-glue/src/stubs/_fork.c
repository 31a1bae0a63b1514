/* _fork: newlib's fork() ends here (fork, 2). */
#include "protos.h"

pid_t _fork(void)
{
	return __sys_ret(SYS_fork);
}
