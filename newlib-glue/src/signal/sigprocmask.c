/* sigprocmask (<signal.h>): rt_sigprocmask (175), see sigprocmask_raw.c. */
#include <signal.h>
#include "glue.h"

int sigprocmask(int how, const sigset_t *set, sigset_t *oset)
{
	return __syscall_ret(__glue_sigprocmask_raw(how, set, oset));
}
