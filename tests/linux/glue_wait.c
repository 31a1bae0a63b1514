/*
 * glue_wait: wait3, wait4 and waitid through the C library. Status words
 * decode with the W* macros in newlib's signal numbers (a stop by
 * SIGSTOP, a death by SIGUSR2; one by a signal newlib cannot name is
 * still WIFSIGNALED, as NSIG + Linux's number); WCONTINUED reports a
 * continued child as WIFCONTINUED. waitid fills a siginfo_t: si_signo
 * SIGCHLD, the CLD_* code, si_pid, and si_status the exit code or
 * newlib's signal number; WNOWAIT leaves the child to collect again;
 * P_PGID selects by process group; and the errors.
 */
#include "lt.h"
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

static pid_t child_exiting(int code)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(code);
	return pid;
}

/* a child that stops itself, and once continued waits to be killed */
static pid_t child_stopping(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		raise(SIGSTOP);
		for (;;)
			pause();
	}
	return pid;
}

static pid_t child_waiting(void)
{
	pid_t pid = fork();

	if (pid == 0)
		for (;;)
			pause();
	return pid;
}

int main(void)
{
	struct rusage ru;
	siginfo_t si;
	pid_t pid;
	int st;

	EXPECT_EQ("WCONTINUED is Linux's", WCONTINUED, 8);
	EXPECT_EQ("WEXITED", WEXITED, 4);
	EXPECT_EQ("WSTOPPED", WSTOPPED, 2);
	EXPECT_EQ("WNOWAIT", WNOWAIT, 0x01000000);
	EXPECT_TRUE("P_ALL P_PID P_PGID", P_ALL == 0 && P_PID == 1 && P_PGID == 2);

	EXPECT_ERR("wait4, no children", wait4(-1, &st, 0, &ru), ECHILD);
	EXPECT_ERR("wait3, no children", wait3(&st, WNOHANG, NULL), ECHILD);
	pid = child_exiting(5);
	memset(&ru, 0xff, sizeof ru);
	EXPECT_TRUE("wait4 of an exit returns the pid", wait4(pid, &st, 0, &ru) == pid);
	EXPECT_TRUE("WIFEXITED, WEXITSTATUS 5", WIFEXITED(st) && WEXITSTATUS(st) == 5);
	EXPECT_TRUE("not WIFSIGNALED, WIFSTOPPED, WIFCONTINUED",
		    !WIFSIGNALED(st) && !WIFSTOPPED(st) && !WIFCONTINUED(st));
	EXPECT_TRUE("rusage filled in", ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000 &&
		    ru.ru_stime.tv_usec >= 0 && ru.ru_stime.tv_usec < 1000000);
	pid = child_exiting(6);
	EXPECT_TRUE("wait3 collects it", wait3(&st, 0, &ru) == pid && WEXITSTATUS(st) == 6);

	pid = child_waiting();
	EXPECT_EQ("wait3 WNOHANG, nothing yet", wait3(&st, WNOHANG, NULL), 0);
	kill(pid, SIGUSR2);
	EXPECT_TRUE("killed by SIGUSR2: reported", wait4(pid, &st, 0, NULL) == pid);
	EXPECT_TRUE("WIFSIGNALED", WIFSIGNALED(st) && !WIFEXITED(st) && !WIFSTOPPED(st));
	EXPECT_EQ("WTERMSIG is newlib's SIGUSR2", WTERMSIG(st), SIGUSR2);
	EXPECT_EQ("no WCOREDUMP", WCOREDUMP(st), 0);

	pid = child_waiting();
	syscall(SYS_kill, pid, 40);     /* a real-time signal: newlib has no name for it */
	wait4(pid, &st, 0, NULL);
	EXPECT_TRUE("killed by Linux's signal 40: WIFSIGNALED", WIFSIGNALED(st));
	EXPECT_EQ("... WTERMSIG NSIG + 40", WTERMSIG(st), NSIG + 40);

	pid = child_stopping();
	EXPECT_TRUE("stopped: wait4 WUNTRACED reports it", wait4(pid, &st, WUNTRACED, NULL) == pid);
	EXPECT_TRUE("WIFSTOPPED", WIFSTOPPED(st) && !WIFSIGNALED(st) && !WIFCONTINUED(st));
	EXPECT_EQ("WSTOPSIG is newlib's SIGSTOP", WSTOPSIG(st), SIGSTOP);
	EXPECT_EQ("reported once", wait4(pid, &st, WUNTRACED | WNOHANG, NULL), 0);
	kill(pid, SIGCONT);
	EXPECT_TRUE("continued: WCONTINUED reports it", wait4(pid, &st, WCONTINUED, NULL) == pid);
	EXPECT_TRUE("WIFCONTINUED", WIFCONTINUED(st));
	EXPECT_TRUE("and nothing else", !WIFEXITED(st) && !WIFSIGNALED(st) && !WIFSTOPPED(st));
	EXPECT_EQ("reported once", wait4(pid, &st, WCONTINUED | WNOHANG, NULL), 0);
	kill(pid, SIGKILL);
	wait4(pid, &st, 0, NULL);
	EXPECT_TRUE("then killed: WTERMSIG SIGKILL", WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);

	pid = child_exiting(9);
	memset(&si, 0xff, sizeof si);
	EXPECT_OK("waitid WEXITED|WNOWAIT", waitid(P_PID, pid, &si, WEXITED | WNOWAIT));
	EXPECT_EQ("si_signo SIGCHLD", si.si_signo, SIGCHLD);
	EXPECT_EQ("si_code CLD_EXITED", si.si_code, CLD_EXITED);
	EXPECT_EQ("si_status the exit code", si.si_status, 9);
	EXPECT_TRUE("si_pid the child", si.si_pid == pid);
	EXPECT_TRUE("si_uid mine", si.si_uid == getuid());
	EXPECT_OK("WNOWAIT left it: waitid again", waitid(P_PID, pid, &si, WEXITED));
	EXPECT_ERR("now it is gone", waitid(P_PID, pid, &si, WEXITED), ECHILD);

	pid = child_waiting();
	memset(&si, 0xff, sizeof si);
	EXPECT_OK("waitid WNOHANG, nothing yet", waitid(P_ALL, 0, &si, WEXITED | WNOHANG));
	EXPECT_TRUE("... si_signo and si_pid zero", si.si_signo == 0 && si.si_pid == 0);
	kill(pid, SIGUSR2);
	EXPECT_OK("waitid of a killed child", waitid(P_PID, pid, &si, WEXITED));
	EXPECT_EQ("... si_code CLD_KILLED", si.si_code, CLD_KILLED);
	EXPECT_EQ("... si_status newlib's SIGUSR2", si.si_status, SIGUSR2);

	pid = child_stopping();
	EXPECT_OK("waitid WSTOPPED", waitid(P_PID, pid, &si, WSTOPPED));
	EXPECT_EQ("... si_code CLD_STOPPED", si.si_code, CLD_STOPPED);
	EXPECT_EQ("... si_status newlib's SIGSTOP", si.si_status, SIGSTOP);
	kill(pid, SIGCONT);
	EXPECT_OK("waitid WCONTINUED", waitid(P_PID, pid, &si, WCONTINUED));
	EXPECT_EQ("... si_code CLD_CONTINUED", si.si_code, CLD_CONTINUED);
	EXPECT_EQ("... si_status newlib's SIGCONT", si.si_status, SIGCONT);
	kill(pid, SIGKILL);
	waitid(P_PID, pid, &si, WEXITED);
	EXPECT_EQ("then killed: si_status SIGKILL", si.si_status, SIGKILL);

	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		_exit(4);
	}
	setpgid(pid, pid);              /* whichever runs first */
	EXPECT_ERR("P_PGID of my own group: none there", waitid(P_PGID, getpgrp(), &si, WEXITED), ECHILD);
	EXPECT_OK("P_PGID of the child's group", waitid(P_PGID, pid, &si, WEXITED));
	EXPECT_TRUE("... found it", si.si_pid == pid && si.si_status == 4);

	EXPECT_ERR("waitid without WEXITED etc.", waitid(P_ALL, 0, &si, 0), EINVAL);
	EXPECT_ERR("waitid bad idtype", waitid((idtype_t)9, 0, &si, WEXITED), EINVAL);
	EXPECT_ERR("waitid, no children", waitid(P_ALL, 0, &si, WEXITED), ECHILD);
	EXPECT_ERR("wait4 bad options", wait4(-1, &st, 0x100, NULL), EINVAL);
	return lt_done();
}
