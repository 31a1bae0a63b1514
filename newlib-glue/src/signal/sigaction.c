/*
 * sigaction (<signal.h>): rt_sigaction (174). newlib's signal numbers,
 * masks and struct sigaction differ from Linux's, and a handler must be
 * called with newlib's number: the kernel is given __glue_sigdispatch,
 * which looks the program's handler up by Linux number and calls it with
 * newlib's. Every handler returns through __glue_restore (SA_RESTORER).
 * SIG_DFL and SIG_IGN go to the kernel as they are. sa_flags: newlib names
 * only SA_NOCLDSTOP (1, as Linux); the glue's <signal.h> adds Linux's
 * SA_RESTART, SA_NODEFER, SA_RESETHAND and SA_ONSTACK, passed unchanged.
 */
#include <signal.h>
#include "glue.h"

_Static_assert(SA_NOCLDSTOP == LINUX_SA_NOCLDSTOP && SA_RESTART == LINUX_SA_RESTART &&
	       SA_NODEFER == LINUX_SA_NODEFER && SA_RESETHAND == LINUX_SA_RESETHAND &&
	       SA_ONSTACK == LINUX_SA_ONSTACK, "<signal.h> sa_flags are Linux's");

void __glue_restore(void);

static _sig_func_ptr handlers[LINUX__NSIG + 1];

static void __glue_sigdispatch(int ksig)
{
	handlers[ksig](__glue_sig_from_linux(ksig));
}

int sigaction(int sig, const struct sigaction *act, struct sigaction *oact)
{
	struct linux_sigaction k, ko;
	int ks = __glue_sig_to_linux(sig);
	_sig_func_ptr prev;
	long r;

	if (!ks)
		return __syscall_ret(-LINUX_EINVAL);
	prev = handlers[ks];
	if (act) {
		if (act->sa_handler == SIG_DFL || act->sa_handler == SIG_IGN) {
			k.handler = (uint32_t)(uintptr_t)act->sa_handler;
		} else {
			handlers[ks] = act->sa_handler;
			k.handler = (uint32_t)(uintptr_t)__glue_sigdispatch;
		}
		k.flags = ((uint32_t)act->sa_flags & ~LINUX_SA_SIGINFO) | LINUX_SA_RESTORER;
		k.restorer = (uint32_t)(uintptr_t)__glue_restore;
		__glue_sigset_to_linux(&k.mask, &act->sa_mask);
	}
	r = __syscall(SYS_rt_sigaction, ks, act ? &k : 0, oact ? &ko : 0, sizeof(linux_sigset_t));
	if (r) {
		handlers[ks] = prev;
		return __syscall_ret(r);
	}
	if (oact) {
		oact->sa_handler = ko.handler == (uint32_t)(uintptr_t)__glue_sigdispatch ?
				   prev : (_sig_func_ptr)(uintptr_t)ko.handler;
		oact->sa_flags = (int)(ko.flags & ~LINUX_SA_RESTORER);
		__glue_sigset_from_linux(&oact->sa_mask, &ko.mask);
	}
	return 0;
}
