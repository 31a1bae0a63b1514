/*
 * sig_kill_zombie: a zombie (a child that has exited, not yet reaped)
 * still exists for kill, tkill, tgkill and rt_sigqueueinfo: signal 0
 * succeeds, real signals (SIGKILL too) are accepted and change nothing in
 * its exit status; a group whose only member is a zombie still exists for
 * kill(-pgid). Once reaped it is gone (ESRCH). rt_sigqueueinfo to a
 * negative pid (a group) is ESRCH: it names no process.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>
#include <linux_abi/signal.h>

static long queueinfo(pid_t pid, int value)
{
	struct linux_siginfo si;

	memset(&si, 0, sizeof si);
	si.si_signo = LINUX_SIGUSR1;
	si.si_code = LINUX_SI_QUEUE;
	si.sifields.rt.pid = getpid();
	si.sifields.rt.sigval.sival_int = value;
	return syscall(SYS_rt_sigqueueinfo, pid, LINUX_SIGUSR1, &si);
}

int main(void)
{
	siginfo_t info;
	int st;

	pid_t z = fork();
	if (z == 0) {
		setpgid(0, 0);
		_exit(7);
	}
	setpgid(z, z);
	memset(&info, 0, sizeof info);
	SETUP(waitid(P_PID, z, &info, WEXITED | WNOWAIT));    /* now it is a zombie */
	EXPECT_EQ("it exited (WNOWAIT)", info.si_code, CLD_EXITED);
	EXPECT_OK("kill(zombie, 0)", kill(z, 0));
	EXPECT_OK("kill(-its group, 0)", kill(-z, 0));
	EXPECT_OK("kill(zombie, SIGUSR1)", kill(z, SIGUSR1));
	EXPECT_OK("kill(zombie, SIGKILL)", kill(z, SIGKILL));
	EXPECT_OK("tkill(zombie, 0)", syscall(SYS_tkill, z, 0));
	EXPECT_OK("tgkill(zombie, zombie, SIGTERM)", syscall(SYS_tgkill, z, z, LINUX_SIGTERM));
	EXPECT_OK("rt_sigqueueinfo(zombie)", queueinfo(z, 1));
	EXPECT_TRUE("reaped: it exited 7 all the same", waitpid(z, &st, 0) == z && WIFEXITED(st) &&
		    WEXITSTATUS(st) == 7);
	EXPECT_ERR("kill(reaped, 0)", kill(z, 0), ESRCH);
	EXPECT_ERR("kill(-its group, 0)", kill(-z, 0), ESRCH);
	EXPECT_ERR("rt_sigqueueinfo(-group)", queueinfo(-getpgrp(), 1), ESRCH);
	return lt_done();
}
