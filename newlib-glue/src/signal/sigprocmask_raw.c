/*
 * The mask change behind sigprocmask and pthread_sigmask: rt_sigprocmask
 * (175). newlib's SIG_SETMASK, SIG_BLOCK, SIG_UNBLOCK are 0, 1, 2; Linux's
 * are 2, 0, 1. An unknown how is EINVAL only when there is a set to apply.
 */
#include <signal.h>
#include "glue.h"

long __glue_sigprocmask_raw(int how, const sigset_t *set, sigset_t *oset)
{
	linux_sigset_t k, ko;
	int khow;
	long r;

	switch (how) {
	case SIG_SETMASK: khow = LINUX_SIG_SETMASK; break;
	case SIG_BLOCK:   khow = LINUX_SIG_BLOCK; break;
	case SIG_UNBLOCK: khow = LINUX_SIG_UNBLOCK; break;
	default:
		if (set)
			return -LINUX_EINVAL;
		khow = LINUX_SIG_BLOCK;
	}
	if (set)
		__glue_sigset_to_linux(&k, set);
	r = __syscall(SYS_rt_sigprocmask, khow, set ? &k : 0, oset ? &ko : 0, sizeof(linux_sigset_t));
	if (r == 0 && oset)
		__glue_sigset_from_linux(oset, &ko);
	return r;
}
