/*
 * glue_sigwait: sigtimedwait, sigwaitinfo and sigwait through the C
 * library. A pending blocked signal is taken without running its
 * handler, with newlib's number and a siginfo_t naming the sender (for
 * SIGCHLD: the child, CLD_KILLED and newlib's number of the signal that
 * killed it); with nothing pending sigtimedwait gives EAGAIN at its
 * timeout and EINTR when a handler runs, while sigwait goes on waiting
 * and leaves errno alone. pthread_sigmask answers with an error number.
 */
#include "lt.h"
#include <signal.h>
#include <time.h>
#include <sys/time.h>
#include <sys/wait.h>

static volatile int handled, alarms;

static void on_usr(int sig)
{
	handled++;
}

static void on_alarm(int sig)
{
	alarms++;
}

/* a child that sends sig to its parent after ms milliseconds */
static pid_t send_later(int sig, long ms)
{
	pid_t pid = fork();

	if (pid == 0) {
		struct timespec ts = { 0, ms * 1000000 };
		nanosleep(&ts, NULL);
		kill(getppid(), sig);
		_exit(0);
	}
	return pid;
}

int main(void)
{
	struct timespec zero = { 0, 0 }, short_ts = { 0, 50000000 };
	struct sigaction sa;
	sigset_t usr, chld;
	siginfo_t si;
	int sig;

	signal(SIGUSR1, on_usr);
	signal(SIGUSR2, on_usr);
	sigemptyset(&usr);
	sigaddset(&usr, SIGUSR1);
	sigaddset(&usr, SIGUSR2);
	sigprocmask(SIG_BLOCK, &usr, NULL);

	kill(getpid(), SIGUSR2);
	memset(&si, 0, sizeof si);
	EXPECT_EQ("sigtimedwait takes it: newlib's SIGUSR2", sigtimedwait(&usr, &si, &zero), SIGUSR2);
	EXPECT_EQ("si_signo", si.si_signo, SIGUSR2);
	EXPECT_EQ("si_code SI_USER", si.si_code, SI_USER);
	EXPECT_TRUE("si_pid is the sender", si.si_pid == getpid());
	EXPECT_EQ("the handler did not run", handled, 0);
	EXPECT_ERR("nothing pending, zero timeout", sigtimedwait(&usr, &si, &zero), EAGAIN);
	EXPECT_ERR("nothing pending, 50 ms", sigtimedwait(&usr, &si, &short_ts), EAGAIN);
	raise(SIGUSR1);
	EXPECT_EQ("NULL siginfo is fine", sigtimedwait(&usr, NULL, &zero), SIGUSR1);
	struct timespec bad = { 0, 1000000000 };
	EXPECT_ERR("bad timeout", sigtimedwait(&usr, &si, &bad), EINVAL);

	pid_t pid = send_later(SIGUSR1, 100);
	memset(&si, 0, sizeof si);
	EXPECT_EQ("sigwaitinfo waits for one", sigwaitinfo(&usr, &si), SIGUSR1);
	EXPECT_TRUE("si_pid is the child", si.si_pid == pid);
	waitpid(pid, NULL, 0);

	raise(SIGUSR2);
	errno = EDOM;
	EXPECT_EQ("sigwait: 0", sigwait(&usr, &sig), 0);
	EXPECT_EQ("sigwait: the signal", sig, SIGUSR2);
	EXPECT_TRUE("sigwait: errno left alone", errno == EDOM);

	/* SIGALRM every 20 ms while these wait */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	struct itimerval it = { { 0, 20000 }, { 0, 20000 } }, off = { { 0, 0 }, { 0, 0 } };
	setitimer(ITIMER_REAL, &it, NULL);
	EXPECT_ERR("a handler ran meanwhile: sigtimedwait EINTR", sigtimedwait(&usr, &si, NULL), EINTR);
	EXPECT_TRUE("... that was SIGALRM's", alarms > 0);
	pid = send_later(SIGUSR1, 300);
	int before = alarms;
	EXPECT_EQ("sigwait goes on waiting past handlers", sigwait(&usr, &sig), 0);
	EXPECT_TRUE("... and gets the signal", sig == SIGUSR1 && alarms > before);
	setitimer(ITIMER_REAL, &off, NULL);
	waitpid(pid, NULL, 0);

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	pid = fork();
	if (pid == 0) {
		signal(SIGUSR2, SIG_DFL);
		sigprocmask(SIG_UNBLOCK, &usr, NULL);
		raise(SIGUSR2);
		for (;;)
			pause();
	}
	memset(&si, 0, sizeof si);
	EXPECT_EQ("SIGCHLD taken", sigwaitinfo(&chld, &si), SIGCHLD);
	EXPECT_EQ("... si_code CLD_KILLED", si.si_code, CLD_KILLED);
	EXPECT_EQ("... si_status newlib's SIGUSR2", si.si_status, SIGUSR2);
	EXPECT_TRUE("... si_pid the child", si.si_pid == pid);
	waitpid(pid, NULL, 0);

	sigprocmask(SIG_UNBLOCK, &usr, NULL);
	EXPECT_EQ("nothing left for the handlers", handled, 0);

	sigset_t old;
	errno = 0;
	EXPECT_EQ("pthread_sigmask: 0", pthread_sigmask(SIG_BLOCK, &usr, &old), 0);
	EXPECT_TRUE("... the old mask", !sigismember(&old, SIGUSR1) && sigismember(&old, SIGCHLD));
	EXPECT_EQ("pthread_sigmask bad how: EINVAL returned", pthread_sigmask(99, &usr, NULL), EINVAL);
	EXPECT_EQ("... errno left alone", errno, 0);
	return lt_done();
}
