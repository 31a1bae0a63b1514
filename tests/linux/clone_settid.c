/*
 * clone_settid: Linux stores CLONE_PARENT_SETTID's and CLONE_CHILD_SETTID's
 * pid with put_user and ignores a failure: a bad pointer there still makes
 * the child (kernel_clone, schedule_tail), it is not EFAULT.
 */
#include "lt.h"
#include <sys/wait.h>
#include <linux_abi/sched.h>
#include <linux_abi/signal.h>

static int exit_code(long pid)
{
	int st;

	if (pid <= 0 || waitpid(pid, &st, 0) != pid)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1000 + WTERMSIG(st);
}

int main(void)
{
	long pid = syscall(SYS_clone, LINUX_SIGCHLD | LINUX_CLONE_PARENT_SETTID, 0, BAD, 0, 0);
	if (pid == 0)
		_exit(4);
	EXPECT_TRUE("CLONE_PARENT_SETTID, bad pointer: a child all the same", pid > 0);
	EXPECT_EQ("... it ran", exit_code(pid), 4);
	pid = syscall(SYS_clone, LINUX_SIGCHLD | LINUX_CLONE_CHILD_SETTID, 0, 0, 0, BAD);
	if (pid == 0)
		_exit(5);
	EXPECT_TRUE("CLONE_CHILD_SETTID, bad pointer: a child all the same", pid > 0);
	EXPECT_EQ("... it ran", exit_code(pid), 5);
	return lt_done();
}
