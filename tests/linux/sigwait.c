/*
 * sigwait: rt_sigtimedwait takes a pending blocked signal without running
 * its handler and says who sent it; with nothing pending it waits for one,
 * or gives EAGAIN at the timeout (at once for a zero timeout). Plus its
 * argument errors.
 */
#include "lt.h"
#include <signal.h>
#include <time.h>
#include <sys/wait.h>
#include <linux_abi/signal.h>
#include <linux_abi/time.h>

static volatile int handled;

static void on_usr(int sig)
{
	handled++;
}

static long timedwait(const linux_sigset_t *set, struct linux_siginfo *si, const struct linux_old_timespec32 *ts)
{
	return syscall(SYS_rt_sigtimedwait, set, si, ts, 8);
}

int main(void)
{
	linux_sigset_t usr1 = { { 1u << (LINUX_SIGUSR1 - 1), 0 } };
	struct linux_siginfo si;
	struct linux_old_timespec32 zero = { 0, 0 }, short_ts = { 0, 100000000 };
	sigset_t block;

	signal(SIGUSR1, on_usr);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigprocmask(SIG_BLOCK, &block, NULL);
	kill(getpid(), SIGUSR1);
	memset(&si, 0, sizeof si);
	EXPECT_EQ("a pending signal is taken", timedwait(&usr1, &si, &zero), LINUX_SIGUSR1);
	EXPECT_EQ("si_signo", si.si_signo, LINUX_SIGUSR1);
	EXPECT_EQ("si_code SI_USER", si.si_code, LINUX_SI_USER);
	EXPECT_TRUE("si_pid is the sender", si.sifields.kill.pid == getpid());
	EXPECT_EQ("the handler did not run", handled, 0);
	EXPECT_ERR("nothing pending, zero timeout", timedwait(&usr1, &si, &zero), EAGAIN);
	EXPECT_ERR("nothing pending, 0.1 s", timedwait(&usr1, &si, &short_ts), EAGAIN);

	pid_t pid = fork();
	if (pid == 0) {
		struct timespec ts = { 0, 100000000 };
		nanosleep(&ts, NULL);
		kill(getppid(), SIGUSR1);
		_exit(0);
	}
	EXPECT_EQ("waits for one to come", timedwait(&usr1, NULL, NULL), LINUX_SIGUSR1);
	waitpid(pid, NULL, 0);
	raise(SIGUSR1);
	EXPECT_EQ("NULL siginfo is fine", timedwait(&usr1, NULL, &zero), LINUX_SIGUSR1);

	struct linux_old_timespec32 bad = { 0, 1000000000 };
	EXPECT_ERR("bad timeout", timedwait(&usr1, &si, &bad), EINVAL);
	EXPECT_ERR("bad set pointer", timedwait(BAD, &si, &zero), EFAULT);
	EXPECT_ERR("sigsetsize 4", syscall(SYS_rt_sigtimedwait, &usr1, &si, &zero, 4), EINVAL);
	raise(SIGUSR1);
	EXPECT_ERR("bad siginfo pointer", timedwait(&usr1, BAD, &zero), EFAULT);
	EXPECT_ERR("... and the signal was taken", timedwait(&usr1, &si, &zero), EAGAIN);
	sigprocmask(SIG_UNBLOCK, &block, NULL);
	EXPECT_EQ("nothing left for the handler", handled, 0);
	return lt_done();
}
