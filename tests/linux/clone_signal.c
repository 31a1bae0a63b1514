/*
 * clone_signal: the low byte of clone's flags is the signal the parent
 * gets when the child ends. A child cloned with another signal than
 * SIGCHLD (or none) is a "clone" child: its parent gets that signal (and
 * no SIGCHLD), and wait4 finds it only with __WCLONE or __WALL (Linux's
 * eligible_child); without them it is ECHILD, and a SIGCHLD child is
 * invisible to __WCLONE.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>
#include <linux_abi/signal.h>
#include <linux_abi/wait.h>

static volatile int usr1s, chlds;

static void on_usr1(int sig)
{
	usr1s++;
}

static void on_chld(int sig)
{
	chlds++;
}

static long clone_exiting(unsigned flags, int code)
{
	long pid = syscall(SYS_clone, flags, 0, 0, 0, 0);

	if (pid == 0)
		_exit(code);
	return pid;
}

static long wait_raw(long pid, int *st, unsigned options)
{
	return syscall(SYS_wait4, pid, st, options, 0);
}

int main(void)
{
	sigset_t block, old;
	int st = 0, p[2];
	char c;

	signal(SIGUSR1, on_usr1);
	signal(SIGCHLD, on_chld);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigprocmask(SIG_BLOCK, &block, &old);

	long pid = clone_exiting(LINUX_SIGUSR1, 5);
	SETUP(pid);
	while (!usr1s)
		sigsuspend(&old);
	EXPECT_EQ("exit signal SIGUSR1: the parent got it", usr1s, 1);
	EXPECT_EQ("... and no SIGCHLD", chlds, 0);
	EXPECT_ERR("waitpid without __WCLONE: ECHILD", waitpid(pid, &st, WNOHANG), ECHILD);
	EXPECT_ERR("waitpid(-1) neither", waitpid(-1, &st, WNOHANG), ECHILD);
	EXPECT_TRUE("wait4 __WCLONE collects it", wait_raw(pid, &st, LINUX___WCLONE) == pid);
	EXPECT_EQ("... exit 5", WIFEXITED(st) ? WEXITSTATUS(st) : -1, 5);

	SETUP(pipe(p));
	pid = syscall(SYS_clone, 0, 0, 0, 0, 0);
	if (pid == 0) {
		close(p[1]);
		read(p[0], &c, 1);
		_exit(6);
	}
	close(p[0]);
	EXPECT_ERR("no exit signal: WNOHANG without __WALL is ECHILD", waitpid(-1, &st, WNOHANG), ECHILD);
	EXPECT_EQ("... with __WALL, not yet", wait_raw(-1, &st, LINUX___WALL | LINUX_WNOHANG), 0);
	close(p[1]);
	EXPECT_TRUE("... __WALL collects it", wait_raw(pid, &st, LINUX___WALL) == pid);
	EXPECT_EQ("... exit 6", WIFEXITED(st) ? WEXITSTATUS(st) : -1, 6);
	EXPECT_EQ("... no signal came", usr1s * 10 + chlds, 10);

	pid = clone_exiting(LINUX_SIGCHLD, 7);
	EXPECT_ERR("a SIGCHLD child: __WCLONE does not see it", wait_raw(pid, &st, LINUX___WCLONE), ECHILD);
	EXPECT_TRUE("... waitpid does", waitpid(pid, &st, 0) == pid && WEXITSTATUS(st) == 7);
	EXPECT_EQ("... SIGCHLD came", chlds, 1);
	return lt_done();
}
