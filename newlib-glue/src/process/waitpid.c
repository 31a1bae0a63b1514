/* waitpid (<sys/wait.h>): wait4 (114) without rusage; the status word's signal numbers translated. */
#include <sys/wait.h>
#include "glue.h"

pid_t waitpid(pid_t pid, int *status, int options)
{
	int k;
	long r = __syscall(SYS_wait4, pid, status ? &k : 0, options, 0);

	if (r > 0 && status)
		*status = __glue_wstatus_from_linux(k);
	return __syscall_ret(r);
}
