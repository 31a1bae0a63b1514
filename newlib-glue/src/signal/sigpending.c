/* sigpending (<signal.h>): rt_sigpending (176). */
#include <signal.h>
#include "glue.h"

int sigpending(sigset_t *set)
{
	linux_sigset_t k;
	long r = __syscall(SYS_rt_sigpending, &k, sizeof k);

	if (r == 0)
		__glue_sigset_from_linux(set, &k);
	return __syscall_ret(r);
}
