/*
 * sigwait (<signal.h>): waits for a signal of set and stores its (newlib)
 * number in *sig. POSIX's interface: 0 or an error number, errno left
 * alone; a handler running meanwhile (EINTR) does not end the wait.
 */
#include <signal.h>
#include "glue.h"

int sigwait(const sigset_t *set, int *sig)
{
	linux_sigset_t k;
	long r;

	__glue_sigset_to_linux(&k, set);
	do
		r = __glue_sigtimedwait_raw(&k, 0, 0);
	while (r == -LINUX_EINTR);
	if (r < 0)
		return __glue_errno_from_linux((int)-r);
	*sig = __glue_sig_from_linux((int)r);
	return 0;
}
