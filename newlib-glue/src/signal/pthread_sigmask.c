/*
 * pthread_sigmask (<signal.h>): sigprocmask of the one thread there is,
 * with POSIX's interface: 0 or an error number, errno left alone.
 */
#include <signal.h>
#include "glue.h"

int pthread_sigmask(int how, const sigset_t *set, sigset_t *oset)
{
	long r = __glue_sigprocmask_raw(how, set, oset);

	return r ? __glue_errno_from_linux((int)-r) : 0;
}
