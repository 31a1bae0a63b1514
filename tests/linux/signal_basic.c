/*
 * signal_basic: handlers run when a signal is sent and not blocked; a
 * blocked one waits, pending, until unblocked; ignoring a pending signal
 * discards it; SA_RESETHAND, SA_NODEFER and sa_mask shape the handler's
 * run; several pending signals are all delivered; a handler can be
 * interrupted by another. Plus rt_sigaction/rt_sigprocmask's errors.
 */
#include "lt.h"
#include <signal.h>
#include <linux_abi/signal.h>

static volatile int runs, order[8], norder;
static volatile int self_blocked, other_blocked;

static void record(int sig)
{
	sigset_t now;

	runs++;
	if (norder < 8)
		order[norder++] = sig;
	sigprocmask(SIG_BLOCK, NULL, &now);
	self_blocked = sigismember(&now, sig);
	other_blocked = sigismember(&now, SIGUSR2);
}

static void nesting(int sig)
{
	record(sig);
	if (sig == SIGUSR1)
		raise(SIGUSR2);         /* runs now, inside this handler */
	if (norder < 8)
		order[norder++] = -sig;
}

static void set(int sig, void (*fn)(int), int flags, int masked)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sa.sa_flags = flags;
	sigemptyset(&sa.sa_mask);
	if (masked)
		sigaddset(&sa.sa_mask, masked);
	SETUP(sigaction(sig, &sa, NULL));
}

static int pending(int sig)
{
	sigset_t p;

	sigpending(&p);
	return sigismember(&p, sig);
}

static void block(int sig, int how)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, sig);
	sigprocmask(how, &s, NULL);
}

int main(void)
{
	struct sigaction old;

	set(SIGUSR1, record, 0, 0);
	EXPECT_OK("raise", raise(SIGUSR1));
	EXPECT_EQ("the handler ran once", runs, 1);
	EXPECT_EQ("inside it, the signal was blocked", self_blocked, 1);
	EXPECT_OK("kill self", kill(getpid(), SIGUSR1));
	EXPECT_EQ("ran again", runs, 2);

	block(SIGUSR1, SIG_BLOCK);
	raise(SIGUSR1);
	EXPECT_EQ("blocked: not run", runs, 2);
	EXPECT_EQ("blocked: pending", pending(SIGUSR1), 1);
	raise(SIGUSR1);
	block(SIGUSR1, SIG_UNBLOCK);
	EXPECT_EQ("unblocked: ran once (no queueing)", runs, 3);
	EXPECT_EQ("no longer pending", pending(SIGUSR1), 0);

	block(SIGUSR1, SIG_BLOCK);
	raise(SIGUSR1);
	set(SIGUSR1, SIG_IGN, 0, 0);
	EXPECT_EQ("ignoring discards the pending one", pending(SIGUSR1), 0);
	set(SIGUSR1, record, 0, 0);
	block(SIGUSR1, SIG_UNBLOCK);
	EXPECT_EQ("so nothing runs", runs, 3);
	raise(SIGUSR1);
	EXPECT_EQ("while ignored... (handler set again) runs", runs, 4);

	set(SIGUSR1, record, SA_NODEFER, SIGUSR2);
	raise(SIGUSR1);
	EXPECT_EQ("SA_NODEFER: not blocked inside", self_blocked, 0);
	EXPECT_EQ("sa_mask: SIGUSR2 blocked inside", other_blocked, 1);

	set(SIGUSR1, record, SA_RESETHAND, 0);
	raise(SIGUSR1);
	sigaction(SIGUSR1, NULL, &old);
	EXPECT_TRUE("SA_RESETHAND: back to SIG_DFL", old.sa_handler == SIG_DFL);

	set(SIGUSR1, record, 0, 0);
	set(SIGUSR2, record, 0, 0);
	sigset_t both, none;
	sigemptyset(&both);
	sigaddset(&both, SIGUSR1);
	sigaddset(&both, SIGUSR2);
	sigprocmask(SIG_BLOCK, &both, NULL);
	norder = 0;
	raise(SIGUSR2);
	raise(SIGUSR1);
	sigprocmask(SIG_UNBLOCK, &both, NULL);
	EXPECT_EQ("both delivered", norder, 2);
	EXPECT_TRUE("in some order", (order[0] == SIGUSR1 && order[1] == SIGUSR2) ||
				     (order[0] == SIGUSR2 && order[1] == SIGUSR1));
	sigprocmask(SIG_BLOCK, NULL, &none);
	EXPECT_EQ("the mask is back after the handlers", sigismember(&none, SIGUSR1), 0);

	set(SIGUSR1, nesting, 0, 0);
	set(SIGUSR2, nesting, 0, 0);
	norder = 0;
	raise(SIGUSR1);
	EXPECT_EQ("nested: 4 events", norder, 4);
	EXPECT_TRUE("nested: USR2 ran inside USR1's handler",
		    order[0] == SIGUSR1 && order[1] == SIGUSR2 && order[2] == -SIGUSR2 && order[3] == -SIGUSR1);

	struct linux_sigaction k;
	memset(&k, 0, sizeof k);
	EXPECT_ERR("rt_sigaction(SIGKILL, act)", syscall(SYS_rt_sigaction, LINUX_SIGKILL, &k, 0, 8), EINVAL);
	EXPECT_ERR("rt_sigaction(SIGSTOP, act)", syscall(SYS_rt_sigaction, LINUX_SIGSTOP, &k, 0, 8), EINVAL);
	EXPECT_OK("rt_sigaction(SIGKILL, NULL, old)", syscall(SYS_rt_sigaction, LINUX_SIGKILL, 0, &k, 8));
	EXPECT_ERR("rt_sigaction(0)", syscall(SYS_rt_sigaction, 0, 0, &k, 8), EINVAL);
	EXPECT_ERR("rt_sigaction(65)", syscall(SYS_rt_sigaction, 65, 0, &k, 8), EINVAL);
	EXPECT_ERR("rt_sigaction sigsetsize 4", syscall(SYS_rt_sigaction, LINUX_SIGUSR1, 0, &k, 4), EINVAL);
	EXPECT_ERR("rt_sigaction bad act", syscall(SYS_rt_sigaction, LINUX_SIGUSR1, BAD, 0, 8), EFAULT);
	EXPECT_ERR("rt_sigaction bad oact", syscall(SYS_rt_sigaction, LINUX_SIGUSR1, 0, BAD, 8), EFAULT);
	EXPECT_ERR("rt_sigprocmask bad how", syscall(SYS_rt_sigprocmask, 7, &k.mask, 0, 8), EINVAL);
	EXPECT_ERR("rt_sigprocmask sigsetsize 16", syscall(SYS_rt_sigprocmask, 0, &k.mask, 0, 16), EINVAL);
	EXPECT_ERR("rt_sigprocmask bad set", syscall(SYS_rt_sigprocmask, 0, BAD, 0, 8), EFAULT);
	linux_sigset_t all = { { ~0u, ~0u } }, got;
	syscall(SYS_rt_sigprocmask, LINUX_SIG_SETMASK, &all, &got, 8);
	syscall(SYS_rt_sigprocmask, LINUX_SIG_SETMASK, &got, &all, 8);
	EXPECT_EQ("SIGKILL cannot be blocked", (all.sig[0] >> (LINUX_SIGKILL - 1)) & 1, 0);
	EXPECT_EQ("SIGSTOP cannot be blocked", (all.sig[0] >> (LINUX_SIGSTOP - 1)) & 1, 0);
	EXPECT_EQ("the rest can", all.sig[0] | (1u << (LINUX_SIGKILL - 1)) | (1u << (LINUX_SIGSTOP - 1)), ~0u);
	return lt_done();
}
