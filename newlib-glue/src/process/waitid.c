/*
 * waitid (<sys/wait.h>): waitid (280), without its Linux-only rusage
 * argument. The kernel fills the siginfo_t (Linux's layout); si_signo and
 * a signal in si_status are made newlib's. P_* and W* are Linux's values.
 */
#include <sys/wait.h>
#include "glue.h"

_Static_assert(WNOHANG == LINUX_WNOHANG && WUNTRACED == LINUX_WUNTRACED,
	       "newlib's wait options are Linux's");

int waitid(idtype_t type, id_t id, siginfo_t *info, int options)
{
	long r = __syscall(SYS_waitid, type, id, info, options, 0);

	if (r == 0 && info)
		__glue_siginfo_from_linux(info);
	return __syscall_ret(r);
}
