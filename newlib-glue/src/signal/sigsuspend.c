/* sigsuspend (<signal.h>): rt_sigsuspend (179); returns -1 with EINTR once a handler ran. */
#include <signal.h>
#include "glue.h"

int sigsuspend(const sigset_t *mask)
{
	linux_sigset_t k;

	__glue_sigset_to_linux(&k, mask);
	return __sys_ret(SYS_rt_sigsuspend, &k, sizeof k);
}
