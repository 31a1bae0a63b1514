/*
 * sigchld: a child's exit sends SIGCHLD to its parent; SA_NOCLDSTOP keeps
 * stops quiet; with SIGCHLD ignored (or SA_NOCLDWAIT) children leave no
 * zombie and wait finds none (ECHILD); SIGCHLD's default does nothing.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>
#include <linux_abi/signal.h>

static volatile int chlds;

static void on_chld(int sig)
{
	chlds++;
}

static void set(void (*fn)(int), int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sa.sa_flags = flags;
	sigemptyset(&sa.sa_mask);
	SETUP(sigaction(SIGCHLD, &sa, NULL));
}

/* Blocks SIGCHLD, makes a child exit, waits for the signal with sigsuspend. */
static int exit_and_count(void)
{
	sigset_t block, old;

	sigemptyset(&block);
	sigaddset(&block, SIGCHLD);
	sigprocmask(SIG_BLOCK, &block, &old);
	int before = chlds;
	pid_t pid = fork();
	if (pid == 0)
		_exit(0);
	while (chlds == before)
		sigsuspend(&old);
	sigprocmask(SIG_SETMASK, &old, NULL);
	return pid;
}

int main(void)
{
	int st;

	EXPECT_TRUE("default: nothing happens, the child is a zombie to collect", ({
		pid_t p = fork();
		if (p == 0)
			_exit(3);
		waitpid(p, &st, 0) == p && WEXITSTATUS(st) == 3;
	}));
	set(on_chld, 0);
	pid_t pid = exit_and_count();
	EXPECT_EQ("exit: SIGCHLD handled", chlds, 1);
	EXPECT_TRUE("and the zombie is still there", waitpid(pid, &st, 0) == pid);

	set(on_chld, SA_NOCLDSTOP);
	pid = fork();
	if (pid == 0) {
		raise(SIGSTOP);
		_exit(0);
	}
	waitpid(pid, &st, WUNTRACED);
	EXPECT_EQ("SA_NOCLDSTOP: no SIGCHLD for the stop", chlds, 1);
	kill(pid, SIGCONT);
	waitpid(pid, &st, 0);
	EXPECT_EQ("but one for the exit", chlds, 2);

	set(on_chld, 0);
	pid = fork();
	if (pid == 0) {
		raise(SIGSTOP);
		_exit(0);
	}
	waitpid(pid, &st, WUNTRACED);
	EXPECT_EQ("without it: SIGCHLD for the stop", chlds, 3);
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);

	set(SIG_IGN, 0);
	pid = fork();
	if (pid == 0)
		_exit(0);
	EXPECT_ERR("SIGCHLD ignored: no zombie, wait gives ECHILD", waitpid(pid, &st, 0), ECHILD);
	set(on_chld, LINUX_SA_NOCLDWAIT);   /* newlib has no name for it */
	chlds = 0;
	pid = exit_and_count();
	EXPECT_EQ("SA_NOCLDWAIT: SIGCHLD still comes", chlds, 1);
	EXPECT_ERR("but no zombie", waitpid(pid, &st, 0), ECHILD);
	return lt_done();
}
