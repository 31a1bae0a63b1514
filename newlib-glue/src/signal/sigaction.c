/*
 * sigaction (<signal.h>): rt_sigaction (174). newlib's signal numbers and
 * masks differ from Linux's, and a handler must see newlib's numbers, so
 * the kernel is given one of two dispatchers, which look the program's
 * handler up by Linux number:
 *
 *   __glue_sigdispatch       a plain handler: called with newlib's number;
 *                            returns through __glue_restore (sigreturn).
 *   __glue_sigdispatch_info  an SA_SIGINFO handler: the kernel's siginfo
 *                            is copied to a siginfo_t (the same layout)
 *                            and made newlib's (internal/siginfo.c); the
 *                            third argument is the kernel's ucontext,
 *                            untouched, so changes to it take effect;
 *                            returns through __glue_restore_rt
 *                            (rt_sigreturn).
 *
 * Each kind has its own table, so that a signal taken while an action
 * changes from one kind to the other still finds a handler of the kind
 * its frame was built for. SIG_DFL and SIG_IGN go to the kernel as they
 * are. sa_flags are Linux's values (the glue's <sys/signal.h>) and pass
 * unchanged, with SA_RESTORER added.
 */
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include "glue.h"

_Static_assert(SA_NOCLDSTOP == LINUX_SA_NOCLDSTOP, "newlib's SA_NOCLDSTOP is Linux's");
_Static_assert(sizeof(struct sigaction) == sizeof(struct __newlib_sigaction) &&
	       offsetof(struct sigaction, __sa_handler) == 0 &&
	       offsetof(struct sigaction, sa_mask) == offsetof(struct __newlib_sigaction, sa_mask) &&
	       offsetof(struct sigaction, sa_flags) == offsetof(struct __newlib_sigaction, sa_flags),
	       "struct sigaction keeps newlib's layout (its handler comes first)");

typedef void (*info_fn)(int, siginfo_t *, void *);

void __glue_restore(void);
void __glue_restore_rt(void);

static _sig_func_ptr plain[LINUX__NSIG + 1];
static info_fn with_info[LINUX__NSIG + 1];

static void __glue_sigdispatch(int ksig)
{
	plain[ksig](__glue_sig_from_linux(ksig));
}

static void __glue_sigdispatch_info(int ksig, struct linux_siginfo *ksi, void *uc)
{
	siginfo_t si;

	memcpy(&si, ksi, sizeof si);
	__glue_siginfo_from_linux(&si);
	with_info[ksig](__glue_sig_from_linux(ksig), &si, uc);
}

int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict oact)
{
	struct linux_sigaction k, ko;
	int ks = __glue_sig_to_linux(sig);
	_sig_func_ptr prev;
	info_fn prev_info;
	long r;

	if (!ks)
		return __syscall_ret(-LINUX_EINVAL);
	prev = plain[ks];
	prev_info = with_info[ks];
	if (act) {
		int info = (act->sa_flags & SA_SIGINFO) != 0;

		if (act->sa_handler == SIG_DFL || act->sa_handler == SIG_IGN) {
			k.handler = (uint32_t)(uintptr_t)act->sa_handler;
		} else if (info) {
			with_info[ks] = act->sa_sigaction;
			k.handler = (uint32_t)(uintptr_t)__glue_sigdispatch_info;
		} else {
			plain[ks] = act->sa_handler;
			k.handler = (uint32_t)(uintptr_t)__glue_sigdispatch;
		}
		k.flags = (uint32_t)act->sa_flags | LINUX_SA_RESTORER;
		k.restorer = (uint32_t)(uintptr_t)(info ? __glue_restore_rt : __glue_restore);
		__glue_sigset_to_linux(&k.mask, &act->sa_mask);
	}
	r = __syscall(SYS_rt_sigaction, ks, act ? &k : 0, oact ? &ko : 0, sizeof(linux_sigset_t));
	if (r) {
		plain[ks] = prev;
		with_info[ks] = prev_info;
		return __syscall_ret(r);
	}
	if (oact) {
		if (ko.handler == (uint32_t)(uintptr_t)__glue_sigdispatch)
			oact->sa_handler = prev;
		else if (ko.handler == (uint32_t)(uintptr_t)__glue_sigdispatch_info)
			oact->sa_sigaction = prev_info;
		else
			oact->sa_handler = (_sig_func_ptr)(uintptr_t)ko.handler;
		oact->sa_flags = (int)(ko.flags & ~LINUX_SA_RESTORER);
		__glue_sigset_from_linux(&oact->sa_mask, &ko.mask);
	}
	return 0;
}
