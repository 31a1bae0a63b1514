/*
 * wait_status: how a child's end is reported (exit codes, signals, stop
 * and continue), and wait4/waitid's options and errors, as Linux's
 * kernel/exit.c does them.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>
#include <linux_abi/wait.h>
#include <linux_abi/signal.h>

static pid_t child_exiting(int code)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(code);
	return pid;
}

static pid_t child_killed_by(int sig)
{
	pid_t pid = fork();

	if (pid == 0) {
		kill(getpid(), sig);
		for (;;)
			pause();
	}
	return pid;
}

static int raw_waitid(int type, int id, struct linux_siginfo *si, int options)
{
	return (int)syscall(SYS_waitid, type, id, si, options, 0);
}

int main(void)
{
	int st;
	pid_t pid;

	EXPECT_ERR("no children", waitpid(-1, &st, 0), ECHILD);
	EXPECT_ERR("no children, WNOHANG", waitpid(-1, &st, WNOHANG), ECHILD);
	pid = child_exiting(0);
	EXPECT_TRUE("exit 0: waitpid returns the pid", waitpid(pid, &st, 0) == pid);
	EXPECT_EQ("exit 0: raw status", st, 0);
	pid = child_exiting(255);
	waitpid(pid, &st, 0);
	EXPECT_EQ("exit 255: raw status", st, 0xff00);
	EXPECT_TRUE("exit 255: WIFEXITED", WIFEXITED(st) && WEXITSTATUS(st) == 255);
	pid = child_exiting(256 + 3);
	waitpid(pid, &st, 0);
	EXPECT_EQ("exit 259 keeps the low byte", WEXITSTATUS(st), 3);

	pid = child_killed_by(SIGTERM);
	waitpid(pid, &st, 0);
	EXPECT_TRUE("SIGTERM: WIFSIGNALED", WIFSIGNALED(st));
	EXPECT_EQ("SIGTERM: raw status", st, 15);
	pid = child_killed_by(SIGKILL);
	waitpid(pid, &st, 0);
	EXPECT_EQ("SIGKILL: raw status", st, 9);

	pid = child_killed_by(SIGSTOP);
	EXPECT_TRUE("stopped: WUNTRACED reports it", waitpid(pid, &st, WUNTRACED) == pid);
	EXPECT_TRUE("stopped: WIFSTOPPED by SIGSTOP", WIFSTOPPED(st) && WSTOPSIG(st) == SIGSTOP);
	EXPECT_EQ("stopped: reported once", waitpid(pid, &st, WUNTRACED | WNOHANG), 0);
	EXPECT_OK("SIGCONT", kill(pid, SIGCONT));
	EXPECT_TRUE("continued: WCONTINUED reports it", waitpid(pid, &st, LINUX_WCONTINUED) == pid);
	EXPECT_EQ("continued: raw status", st, 0xffff);
	EXPECT_EQ("still running: WNOHANG", waitpid(pid, &st, WNOHANG), 0);
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	EXPECT_EQ("then killed", st, 9);

	EXPECT_ERR("bad options", waitpid(-1, &st, 0x100), EINVAL);
	EXPECT_ERR("not my child", waitpid(1, &st, 0), ECHILD);
	pid = child_exiting(7);
	EXPECT_ERR("bad status pointer", syscall(SYS_wait4, pid, (void *)8, 0, 0), EFAULT);
	EXPECT_ERR("the child was collected anyway", waitpid(pid, &st, WNOHANG), ECHILD);

	struct linux_siginfo si;
	pid = child_exiting(9);
	memset(&si, 0xff, sizeof si);
	EXPECT_EQ("waitid WNOWAIT", raw_waitid(LINUX_P_PID, pid, &si, LINUX_WEXITED | LINUX_WNOWAIT), 0);
	EXPECT_TRUE("waitid si_pid", si.sifields.sigchld.pid == pid);
	EXPECT_EQ("waitid si_signo", si.si_signo, LINUX_SIGCHLD);
	EXPECT_EQ("waitid si_code", si.si_code, LINUX_CLD_EXITED);
	EXPECT_EQ("waitid si_status", si.sifields.sigchld.status, 9);
	EXPECT_TRUE("WNOWAIT left it: waitpid still finds it", waitpid(pid, &st, 0) == pid);
	EXPECT_ERR("waitid without WEXITED etc.", raw_waitid(LINUX_P_ALL, 0, &si, 0), EINVAL);
	EXPECT_ERR("waitid bad type", raw_waitid(9, 0, &si, LINUX_WEXITED), EINVAL);
	EXPECT_ERR("waitid, no children", raw_waitid(LINUX_P_ALL, 0, &si, LINUX_WEXITED), ECHILD);
	pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	memset(&si, 0xff, sizeof si);
	EXPECT_EQ("waitid WNOHANG, nothing yet", raw_waitid(LINUX_P_ALL, 0, &si, LINUX_WEXITED | LINUX_WNOHANG), 0);
	EXPECT_EQ("... zeroes si_pid", si.sifields.sigchld.pid, 0);
	EXPECT_EQ("... zeroes si_signo", si.si_signo, 0);
	kill(pid, SIGKILL);
	EXPECT_EQ("waitid of a killed child", raw_waitid(LINUX_P_PID, pid, &si, LINUX_WEXITED), 0);
	EXPECT_EQ("... si_code CLD_KILLED", si.si_code, LINUX_CLD_KILLED);
	EXPECT_EQ("... si_status the signal", si.sifields.sigchld.status, 9);

	pid_t a = child_exiting(1), b = child_exiting(2);
	int seen = 0;
	for (int i = 0; i < 2; i++) {
		pid_t w = waitpid(-1, &st, 0);
		seen |= (w == a && WEXITSTATUS(st) == 1) ? 1 : (w == b && WEXITSTATUS(st) == 2) ? 2 : 4;
	}
	EXPECT_EQ("waitpid(-1) collects both", seen, 3);
	pid = child_exiting(4);
	EXPECT_TRUE("waitpid(0): my process group", waitpid(0, &st, 0) == pid);
	return lt_done();
}
