/*
 * sig_action_flags: what rt_sigaction keeps and what its flags do, by
 * Linux's do_sigaction and signal delivery: the flags read back as set,
 * less the bits the kernel does not know (SA_UNSUPPORTED, which is how a
 * program finds that out); SA_RESETHAND makes the action SIG_DFL as the
 * handler starts (the flags stay) and, unlike SA_NODEFER, still blocks
 * the signal inside; a handler installed without SA_RESTORER returns
 * through the kernel's own return code; the old sigaction call (67) with
 * its own struct sets what rt_sigaction reads. Changing the action of a
 * pending signal keeps it pending for the new handler, except that
 * SIG_DFL for a signal whose default is to ignore it drops it.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>
#include <linux_abi/signal.h>
#include "lt_raw.h"

#define BIT(s) (1u << ((s) - 1))

static volatile int runs, blocked_inside;
static volatile u_int32_t handler_inside, flags_inside;

static u_int32_t getmask(void)
{
	linux_sigset_t s;

	syscall(SYS_rt_sigprocmask, LINUX_SIG_BLOCK, 0, &s, 8);
	return s.sig[0];
}

static void setmask(u_int32_t w0)
{
	linux_sigset_t s = { { w0, 0 } };

	syscall(SYS_rt_sigprocmask, LINUX_SIG_SETMASK, &s, 0, 8);
}

static void on_sig(int sig)
{
	struct linux_sigaction now;

	runs++;
	syscall(SYS_rt_sigaction, sig, 0, &now, 8);
	handler_inside = now.handler;
	flags_inside = now.flags;
	blocked_inside = (getmask() & BIT(sig)) != 0;
}

static void on_info(int sig, struct linux_siginfo *si, void *ctx)
{
	on_sig(sig);
}

static volatile int other_runs;
static void other(int sig)
{
	other_runs++;
}

static long set(int sig, u_int32_t handler, u_int32_t flags)
{
	u_int32_t r = (flags & LINUX_SA_SIGINFO) ? (u_int32_t)rt_restorer : (u_int32_t)restorer;
	struct linux_sigaction k = { handler, flags, (flags & LINUX_SA_RESTORER) ? r : 0, { { 0, 0 } } };

	return syscall(SYS_rt_sigaction, sig, &k, 0, 8);
}

static struct linux_sigaction get(int sig)
{
	struct linux_sigaction k;

	memset(&k, 0xee, sizeof k);
	syscall(SYS_rt_sigaction, sig, 0, &k, 8);
	return k;
}

static int pending(int sig)
{
	linux_sigset_t p;

	syscall(SYS_rt_sigpending, &p, 8);
	return (p.sig[0] & BIT(sig)) != 0;
}

/* in a child: a handler without SA_RESTORER returns; exit 0 if all went on */
static int no_restorer(u_int32_t flags)
{
	int st;
	pid_t pid = fork();

	SETUP(pid);
	if (pid == 0) {
		u_int32_t fn = (flags & LINUX_SA_SIGINFO) ? (u_int32_t)on_info : (u_int32_t)on_sig;

		runs = 0;
		set(LINUX_SIGUSR1, fn, flags);
		syscall(SYS_kill, getpid(), LINUX_SIGUSR1);
		syscall(SYS_kill, getpid(), LINUX_SIGUSR1);
		_exit(runs == 2 && getmask() == 0 ? 0 : 1);
	}
	waitpid(pid, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 100 + WTERMSIG(st);
}

int main(void)
{
	struct linux_sigaction k;
	u_int32_t f;

	setmask(0);
	f = LINUX_SA_RESTART | LINUX_SA_NODEFER | LINUX_SA_SIGINFO | LINUX_SA_ONSTACK | LINUX_SA_RESTORER;
	set(LINUX_SIGUSR2, (u_int32_t)on_info, f);
	k = get(LINUX_SIGUSR2);
	EXPECT_TRUE("the handler reads back", k.handler == (u_int32_t)on_info);
	EXPECT_EQ("the flags read back", k.flags, f);
	EXPECT_TRUE("the restorer reads back", k.restorer == (u_int32_t)rt_restorer);
	set(LINUX_SIGUSR2, (u_int32_t)on_sig, LINUX_SA_RESTORER | LINUX_SA_UNSUPPORTED);
	EXPECT_EQ("SA_UNSUPPORTED: dropped on read back", get(LINUX_SIGUSR2).flags, LINUX_SA_RESTORER);
	set(LINUX_SIGCHLD, LINUX_SIG_DFL, LINUX_SA_NOCLDSTOP | LINUX_SA_NOCLDWAIT);
	EXPECT_EQ("SA_NOCLDSTOP | SA_NOCLDWAIT read back", get(LINUX_SIGCHLD).flags,
		  LINUX_SA_NOCLDSTOP | LINUX_SA_NOCLDWAIT);
	set(LINUX_SIGCHLD, LINUX_SIG_DFL, 0);

	/* SA_RESETHAND */
	set(LINUX_SIGUSR1, (u_int32_t)on_sig, LINUX_SA_RESETHAND | LINUX_SA_RESTORER);
	syscall(SYS_kill, getpid(), LINUX_SIGUSR1);
	EXPECT_EQ("SA_RESETHAND: ran", runs, 1);
	EXPECT_EQ("... SIG_DFL already inside", handler_inside, LINUX_SIG_DFL);
	EXPECT_EQ("... the signal blocked inside", blocked_inside, 1);
	k = get(LINUX_SIGUSR1);
	EXPECT_EQ("... after: SIG_DFL", k.handler, LINUX_SIG_DFL);
	EXPECT_EQ("... the flags kept", k.flags, LINUX_SA_RESETHAND | LINUX_SA_RESTORER);
	set(LINUX_SIGUSR1, (u_int32_t)on_info, LINUX_SA_RESETHAND | LINUX_SA_SIGINFO | LINUX_SA_RESTORER);
	syscall(SYS_kill, getpid(), LINUX_SIGUSR1);
	EXPECT_EQ("SA_RESETHAND | SA_SIGINFO: ran, SIG_DFL inside", runs == 2 && handler_inside == LINUX_SIG_DFL, 1);
	set(LINUX_SIGUSR1, (u_int32_t)on_sig, LINUX_SA_RESETHAND | LINUX_SA_NODEFER | LINUX_SA_RESTORER);
	syscall(SYS_kill, getpid(), LINUX_SIGUSR1);
	EXPECT_EQ("SA_RESETHAND | SA_NODEFER: not blocked inside", blocked_inside, 0);

	/* no SA_RESTORER: the kernel's return code */
	EXPECT_EQ("plain handler without SA_RESTORER returns", no_restorer(0), 0);
	EXPECT_EQ("SA_SIGINFO handler without SA_RESTORER returns", no_restorer(LINUX_SA_SIGINFO), 0);

	/* the old sigaction call */
	struct linux_old_sigaction o = { (u_int32_t)other, BIT(LINUX_SIGHUP), LINUX_SA_RESTORER | LINUX_SA_RESTART,
					 (u_int32_t)restorer }, oo;
	EXPECT_OK("sigaction (67)", syscall(SYS_sigaction, LINUX_SIGUSR1, &o, 0));
	k = get(LINUX_SIGUSR1);
	EXPECT_TRUE("... rt_sigaction reads its handler", k.handler == (u_int32_t)other);
	EXPECT_EQ("... its mask", k.mask.sig[0], BIT(LINUX_SIGHUP));
	EXPECT_EQ("... its flags", k.flags, LINUX_SA_RESTORER | LINUX_SA_RESTART);
	memset(&oo, 0, sizeof oo);
	EXPECT_OK("sigaction (67) reading", syscall(SYS_sigaction, LINUX_SIGUSR1, 0, &oo));
	EXPECT_TRUE("... the same", oo.handler == (u_int32_t)other && oo.mask == BIT(LINUX_SIGHUP) &&
		    oo.flags == (LINUX_SA_RESTORER | LINUX_SA_RESTART));
	EXPECT_ERR("sigaction (67) SIGKILL", syscall(SYS_sigaction, LINUX_SIGKILL, &o, 0), EINVAL);
	EXPECT_ERR("sigaction (67) bad pointer", syscall(SYS_sigaction, LINUX_SIGUSR1, BAD, 0), EFAULT);

	/* changing the action of a pending signal */
	set(LINUX_SIGUSR1, (u_int32_t)on_sig, LINUX_SA_RESTORER);
	setmask(BIT(LINUX_SIGUSR1) | BIT(LINUX_SIGWINCH) | BIT(LINUX_SIGURG));
	syscall(SYS_kill, getpid(), LINUX_SIGUSR1);
	set(LINUX_SIGUSR1, (u_int32_t)other, LINUX_SA_RESTORER);
	EXPECT_EQ("pending, new handler set: still pending", pending(LINUX_SIGUSR1), 1);
	set(LINUX_SIGWINCH, (u_int32_t)other, LINUX_SA_RESTORER);
	syscall(SYS_kill, getpid(), LINUX_SIGWINCH);
	set(LINUX_SIGWINCH, LINUX_SIG_DFL, 0);
	EXPECT_EQ("pending SIGWINCH, set to SIG_DFL (ignore): dropped", pending(LINUX_SIGWINCH), 0);
	set(LINUX_SIGURG, (u_int32_t)other, LINUX_SA_RESTORER);
	syscall(SYS_kill, getpid(), LINUX_SIGURG);
	set(LINUX_SIGURG, (u_int32_t)on_sig, LINUX_SA_RESTORER);
	runs = 0;
	setmask(0);
	EXPECT_EQ("unblocked: the new handlers ran, once each", other_runs * 10 + runs, 11);
	return lt_done();
}
