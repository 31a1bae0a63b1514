/*
 * Signal numbers. newlib's <sys/signal.h> numbers signals like 4.4BSD;
 * Linux agrees for 1-15 except SIGBUS (10 vs 7) and SIGSYS (12 vs 31),
 * and differs above. newlib has SIGEMT (7) and SIGLOST (29), Linux has
 * SIGSTKFLT (16), SIGPWR (30) and the real-time signals: SIGLOST maps to
 * SIGPWR (their historical meaning), the rest have no counterpart (0).
 */
#include <signal.h>
#include "glue.h"

static const unsigned char sig_to_linux[NSIG] = {
	[SIGHUP] = LINUX_SIGHUP,       [SIGINT] = LINUX_SIGINT,
	[SIGQUIT] = LINUX_SIGQUIT,     [SIGILL] = LINUX_SIGILL,
	[SIGTRAP] = LINUX_SIGTRAP,     [SIGABRT] = LINUX_SIGABRT,
	[SIGFPE] = LINUX_SIGFPE,       [SIGKILL] = LINUX_SIGKILL,
	[SIGBUS] = LINUX_SIGBUS,       [SIGSEGV] = LINUX_SIGSEGV,
	[SIGSYS] = LINUX_SIGSYS,       [SIGPIPE] = LINUX_SIGPIPE,
	[SIGALRM] = LINUX_SIGALRM,     [SIGTERM] = LINUX_SIGTERM,
	[SIGURG] = LINUX_SIGURG,       [SIGSTOP] = LINUX_SIGSTOP,
	[SIGTSTP] = LINUX_SIGTSTP,     [SIGCONT] = LINUX_SIGCONT,
	[SIGCHLD] = LINUX_SIGCHLD,     [SIGTTIN] = LINUX_SIGTTIN,
	[SIGTTOU] = LINUX_SIGTTOU,     [SIGIO] = LINUX_SIGIO,
	[SIGXCPU] = LINUX_SIGXCPU,     [SIGXFSZ] = LINUX_SIGXFSZ,
	[SIGVTALRM] = LINUX_SIGVTALRM, [SIGPROF] = LINUX_SIGPROF,
	[SIGWINCH] = LINUX_SIGWINCH,   [SIGLOST] = LINUX_SIGPWR,
	[SIGUSR1] = LINUX_SIGUSR1,     [SIGUSR2] = LINUX_SIGUSR2,
};

int __glue_sig_to_linux(int sig)
{
	return sig > 0 && sig < NSIG ? sig_to_linux[sig] : 0;
}

int __glue_sig_from_linux(int k)
{
	int sig;

	if (k <= 0)
		return 0;       /* not SIGEMT, whose entry is 0 too */
	for (sig = 1; sig < NSIG; sig++)
		if (sig_to_linux[sig] == k)
			return sig;
	return 0;
}

void __glue_sigset_to_linux(linux_sigset_t *k, const sigset_t *set)
{
	int sig, ks;

	k->sig[0] = k->sig[1] = 0;
	for (sig = 1; sig < NSIG; sig++) {
		ks = sig_to_linux[sig];
		if (ks && (*set & (1UL << sig)))
			k->sig[(ks - 1) / 32] |= 1U << ((ks - 1) % 32);
	}
}

void __glue_sigset_from_linux(sigset_t *set, const linux_sigset_t *k)
{
	int sig, ks;

	*set = 0;
	for (sig = 1; sig < NSIG; sig++) {
		ks = sig_to_linux[sig];
		if (ks && (k->sig[(ks - 1) / 32] & (1U << ((ks - 1) % 32))))
			*set |= 1UL << sig;
	}
}

int __glue_sig_status_from_linux(int k)
{
	int sig = __glue_sig_from_linux(k);

	return sig || k <= 0 || k > LINUX__NSIG ? sig : NSIG + k;
}

/* exited: code << 8; killed: signal | 0x80 core; stopped: signal << 8 | 0x7f; continued: 0xffff */
int __glue_wstatus_from_linux(int status)
{
	int low = status & 0x7f;

	if (low == 0 || status == LINUX_W_CONTINUED)
		return status;
	if (low == 0x7f)
		return (status & ~0xff00) | (__glue_sig_status_from_linux((status >> 8) & 0xff) << 8);
	return (status & ~0x7f) | __glue_sig_status_from_linux(low);
}
