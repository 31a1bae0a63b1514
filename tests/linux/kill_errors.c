/*
 * kill_errors: kill and tgkill's targets and errors: signal 0 only checks,
 * a missing pid is ESRCH, a bad signal EINVAL, a process group gets the
 * signal in every member (kill(0) and kill(-pgrp)).
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>

static volatile int got;

static void on_usr(int sig)
{
	got++;
}

static sigset_t unblocked;

/* Waits (SIGUSR1 blocked outside) until the handler has run, then exits 5. */
static void wait_for_usr1(void)
{
	while (!got)
		sigsuspend(&unblocked);
	_exit(5);
}

/* A child in process group group (0: its own), waiting for SIGUSR1. */
static pid_t member(pid_t group)
{
	pid_t pid = fork();

	if (pid == 0) {
		setpgid(0, group);
		wait_for_usr1();
	}
	setpgid(pid, group);
	return pid;
}

int main(void)
{
	int st;

	sigset_t usr1;

	signal(SIGUSR1, on_usr);
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, &unblocked);
	EXPECT_OK("kill(self, 0)", kill(getpid(), 0));
	EXPECT_ERR("kill(no such pid, 0)", kill(30000, 0), ESRCH);
	EXPECT_ERR("kill(self, 65)", kill(getpid(), 65), EINVAL);
	EXPECT_ERR("kill(self, -1)", kill(getpid(), -1), EINVAL);
	EXPECT_ERR("kill(INT_MIN)", syscall(SYS_kill, (long)0x80000000, 0), ESRCH);
	EXPECT_ERR("tgkill(0, ...)", syscall(SYS_tgkill, 0, getpid(), 0), EINVAL);
	EXPECT_ERR("tgkill(pid, 0)", syscall(SYS_tgkill, getpid(), 0, 0), EINVAL);
	EXPECT_ERR("tgkill(other, self)", syscall(SYS_tgkill, 30000, getpid(), 0), ESRCH);
	EXPECT_ERR("tkill(-5)", syscall(SYS_tkill, -5, 0), EINVAL);
	EXPECT_OK("tkill(self, 0)", syscall(SYS_tkill, getpid(), 0));

	pid_t a = member(0);
	pid_t b = member(a);
	EXPECT_TRUE("the group is a's", getpgid(a) == a && getpgid(b) == a);
	EXPECT_OK("kill(-group, SIGUSR1)", kill(-a, SIGUSR1));
	int both = 0;
	for (int i = 0; i < 2; i++)
		both += wait(&st) > 0 && WEXITSTATUS(st) == 5;
	EXPECT_EQ("both members got it", both, 2);
	EXPECT_EQ("not this process", got, 0);
	EXPECT_ERR("kill(-gone group)", kill(-a, SIGUSR1), ESRCH);

	pid_t c = fork();
	if (c == 0)
		wait_for_usr1();
	got = 0;
	EXPECT_OK("kill(0, SIGUSR1): my own group", kill(0, SIGUSR1));
	sigprocmask(SIG_SETMASK, &unblocked, NULL);
	EXPECT_EQ("I got it", got, 1);
	waitpid(c, &st, 0);
	EXPECT_EQ("and so did my child", WEXITSTATUS(st), 5);
	return lt_done();
}
