/*
 * sig_kill_targets: who a signal can be sent to, beyond kill_errors: a
 * reaped child is gone for kill, tkill, tgkill and rt_sigqueueinfo
 * (ESRCH); tgkill checks that the thread belongs to the given thread
 * group (ESRCH); a group id that names a live process but no group is
 * ESRCH; kill(-pgid) reaches that group only; kill(-1, 0) finds
 * some process. rt_sigqueueinfo and rt_tgsigqueueinfo may not forge a
 * kernel or kill() siginfo (si_code >= 0, or SI_TKILL) for another
 * process (EPERM), but may for the caller itself; their other errors.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>
#include <linux_abi/signal.h>

static volatile int got;
static volatile int got_code, got_value;

static void on_usr(int sig, siginfo_t *si, void *ctx)
{
	got++;
	got_code = si->si_code;
	got_value = si->si_value.sival_int;
}

static int p[2];

/* a child in group pgrp (0: its own) that exits 5 on SIGUSR1, after saying it is ready */
static pid_t waiter(pid_t pgrp)
{
	pid_t pid = fork();

	SETUP(pid);
	if (pid == 0) {
		sigset_t none;

		setpgid(0, pgrp);
		sigemptyset(&none);
		write(p[1], "r", 1);
		while (!got)
			sigsuspend(&none);
		_exit(5);
	}
	setpgid(pid, pgrp);
	char c;
	SETUP(read(p[0], &c, 1));
	return pid;
}

static long queueinfo(pid_t pid, int code, int value)
{
	struct linux_siginfo si;

	memset(&si, 0, sizeof si);
	si.si_signo = LINUX_SIGUSR1;
	si.si_code = code;
	si.sifields.rt.pid = getpid();
	si.sifields.rt.sigval.sival_int = value;
	return syscall(SYS_rt_sigqueueinfo, pid, LINUX_SIGUSR1, &si);
}

static long tgqueueinfo(pid_t tgid, pid_t tid, int code)
{
	struct linux_siginfo si;

	memset(&si, 0, sizeof si);
	si.si_signo = LINUX_SIGUSR1;
	si.si_code = code;
	return syscall(SYS_rt_tgsigqueueinfo, tgid, tid, LINUX_SIGUSR1, &si);
}

int main(void)
{
	struct sigaction sa;
	sigset_t usr1, old;
	int st;

	SETUP(pipe(p));
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_usr;
	sa.sa_flags = SA_SIGINFO;
	SETUP(sigaction(SIGUSR1, &sa, NULL));
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, &old);

	/* a reaped child */
	pid_t z = fork();
	if (z == 0)
		_exit(7);
	SETUP(waitpid(z, &st, 0));
	EXPECT_ERR("kill(reaped, 0)", kill(z, 0), ESRCH);
	EXPECT_ERR("tkill(reaped, 0)", syscall(SYS_tkill, z, 0), ESRCH);
	EXPECT_ERR("tgkill(reaped, reaped, 0)", syscall(SYS_tgkill, z, z, 0), ESRCH);
	EXPECT_ERR("rt_sigqueueinfo(reaped)", queueinfo(z, LINUX_SI_QUEUE, 1), ESRCH);

	/* tgkill: the thread must be in the group */
	pid_t a = waiter(0);
	EXPECT_OK("tgkill(child, child, 0)", syscall(SYS_tgkill, a, a, 0));
	EXPECT_ERR("tgkill(me, child, 0): not my thread", syscall(SYS_tgkill, getpid(), a, 0), ESRCH);
	EXPECT_ERR("tgkill(child, me, 0)", syscall(SYS_tgkill, a, getpid(), 0), ESRCH);
	EXPECT_ERR("tgkill(child, child, 65)", syscall(SYS_tgkill, a, a, 65), EINVAL);
	EXPECT_ERR("tkill(child, -1)", syscall(SYS_tkill, a, -1), EINVAL);

	/* groups */
	pid_t b = waiter(a);
	pid_t c = waiter(0);
	EXPECT_ERR("kill(-b): b is a process but leads no group", kill(-b, 0), ESRCH);
	EXPECT_OK("kill(-1, 0): some process can be signalled", kill(-1, 0));
	EXPECT_OK("kill(-a, SIGUSR1)", kill(-a, SIGUSR1));
	int both = 0;
	both += waitpid(a, &st, 0) == a && WEXITSTATUS(st) == 5;
	both += waitpid(b, &st, 0) == b && WEXITSTATUS(st) == 5;
	EXPECT_EQ("a's group: both members", both, 2);
	EXPECT_EQ("c, in its own group, still waits", waitpid(c, &st, WNOHANG), 0);
	EXPECT_EQ("and so do I (pending, blocked)", got, 0);

	/* rt_sigqueueinfo's rules: no forged kernel or kill siginfo for others */
	EXPECT_ERR("rt_sigqueueinfo(other, SI_USER)", queueinfo(c, LINUX_SI_USER, 1), EPERM);
	EXPECT_ERR("rt_sigqueueinfo(other, SI_KERNEL)", queueinfo(c, LINUX_SI_KERNEL, 1), EPERM);
	EXPECT_ERR("rt_sigqueueinfo(other, SI_TKILL)", queueinfo(c, LINUX_SI_TKILL, 1), EPERM);
	EXPECT_ERR("rt_tgsigqueueinfo(other, SI_USER)", tgqueueinfo(c, c, LINUX_SI_USER), EPERM);
	EXPECT_ERR("rt_sigqueueinfo bad siginfo", syscall(SYS_rt_sigqueueinfo, c, LINUX_SIGUSR1, BAD), EFAULT);
	struct linux_siginfo q = { .si_signo = 65, .si_code = LINUX_SI_QUEUE };
	EXPECT_ERR("rt_sigqueueinfo signal 65", syscall(SYS_rt_sigqueueinfo, c, 65, &q), EINVAL);
	EXPECT_ERR("rt_tgsigqueueinfo tid 0", syscall(SYS_rt_tgsigqueueinfo, c, 0, LINUX_SIGUSR1, &q), EINVAL);
	EXPECT_ERR("rt_tgsigqueueinfo(me, other)", tgqueueinfo(getpid(), c, LINUX_SI_QUEUE), ESRCH);
	EXPECT_EQ("c still waits", waitpid(c, &st, WNOHANG), 0);
	EXPECT_OK("rt_sigqueueinfo(other, SI_QUEUE)", queueinfo(c, LINUX_SI_QUEUE, 3));
	EXPECT_TRUE("... reaches it", waitpid(c, &st, 0) == c && WEXITSTATUS(st) == 5);

	/* to myself any si_code will do */
	EXPECT_OK("rt_sigqueueinfo(me, SI_USER)", queueinfo(getpid(), LINUX_SI_USER, 9));
	sigprocmask(SIG_SETMASK, &old, NULL);
	EXPECT_EQ("delivered once", got, 1);
	EXPECT_EQ("... with the si_code I gave", got_code, SI_USER);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	EXPECT_OK("rt_tgsigqueueinfo(me, me, SI_KERNEL)", tgqueueinfo(getpid(), getpid(), LINUX_SI_KERNEL));
	sigprocmask(SIG_SETMASK, &old, NULL);
	EXPECT_EQ("... delivered", got, 2);
	EXPECT_EQ("... si_code SI_KERNEL", got_code, SI_KERNEL);
	EXPECT_ERR("no children left", waitpid(-1, &st, WNOHANG), ECHILD);
	return lt_done();
}
