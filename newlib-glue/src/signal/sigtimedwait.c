/*
 * sigtimedwait (<signal.h>): takes a pending signal of set, or waits for
 * one until the timeout (EAGAIN); EINTR if a handler ran meanwhile, as in
 * glibc. Returns newlib's signal number; the siginfo_t is made newlib's.
 */
#include <signal.h>
#include "glue.h"

int sigtimedwait(const sigset_t *restrict set, siginfo_t *restrict si,
		 const struct timespec *restrict ts)
{
	linux_sigset_t k;
	long r;

	__glue_sigset_to_linux(&k, set);
	r = __glue_sigtimedwait_raw(&k, si, ts);
	if (r > 0) {
		if (si)
			__glue_siginfo_from_linux(si);
		r = __glue_sig_from_linux((int)r);
	}
	return __syscall_ret(r);
}
