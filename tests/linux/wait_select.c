/*
 * wait_select: which children a wait selects. waitpid by pid, -1, 0 (my
 * process group) and -pgid (another group, which lives on while a member
 * does after its leader is reaped); WNOHANG is 0 while a matching child
 * exists that has not changed state (even with a zombie in another
 * group), ECHILD when none matches; waitid P_PID, P_PGID (0: my group)
 * and P_ALL, WNOWAIT reporting the same zombie again; the errors (EINVAL
 * for bad ids and options, ESRCH for INT_MIN); a bad status, rusage or
 * siginfo pointer is EFAULT but the child is reaped all the same (Linux
 * writes them after the reaping), and waitid takes a NULL siginfo.
 */
#include "lt.h"
#include <limits.h>
#include <signal.h>
#include <sys/wait.h>
#include <linux_abi/wait.h>

/* a child that exits with code once a byte arrives; *release is the pipe's write end */
static pid_t held(int code, pid_t pgid, int *release)
{
	int p[2];
	char c;

	SETUP(pipe(p));
	pid_t pid = fork();
	if (pid == 0) {
		if (pgid >= 0)
			setpgid(0, pgid);
		close(p[1]);
		_exit(read(p[0], &c, 1) == 1 ? code : 100);
	}
	SETUP(pid);
	if (pgid >= 0)
		SETUP(setpgid(pid, pgid ? pgid : pid));
	close(p[0]);
	*release = p[1];
	return pid;
}

static void release(int fd)
{
	write(fd, "x", 1);
	close(fd);
}

static pid_t exiting(int code)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(code);
	return pid;
}

/* until pid is a zombie (leaving it one) */
static void until_zombie(pid_t pid)
{
	siginfo_t si;

	SETUP(waitid(P_PID, pid, &si, WEXITED | WNOWAIT));
}

static int code_of(pid_t got, pid_t want, int st)
{
	return got == want && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static long raw_waitid(int type, long id, void *si, int options, void *ru)
{
	return syscall(SYS_waitid, type, id, si, options, ru);
}

int main(void)
{
	int ra, rb, rc, st;
	siginfo_t si;

	pid_t a = held(1, -1, &ra);     /* my group */
	pid_t b = held(2, 0, &rb);      /* a group of its own */
	pid_t c = held(3, b, &rc);      /* b's group */
	EXPECT_TRUE("setup: b leads a group, c is in it", getpgid(b) == b && getpgid(c) == b);
	EXPECT_EQ("WNOHANG, any child: none has changed", waitpid(-1, &st, WNOHANG), 0);
	EXPECT_EQ("WNOHANG, my group", waitpid(0, &st, WNOHANG), 0);
	EXPECT_EQ("WNOHANG, b's group", waitpid(-b, &st, WNOHANG), 0);
	EXPECT_EQ("WNOHANG, by pid", waitpid(a, &st, WNOHANG), 0);
	EXPECT_ERR("a group with no child of mine", waitpid(-30000, &st, WNOHANG), ECHILD);
	EXPECT_ERR("myself", waitpid(getpid(), &st, WNOHANG), ECHILD);
	EXPECT_ERR("my parent", waitpid(getppid(), &st, WNOHANG), ECHILD);
	EXPECT_ERR("INT_MIN", syscall(SYS_wait4, INT_MIN, &st, LINUX_WNOHANG, 0), ESRCH);
	EXPECT_ERR("wait4 takes no WNOWAIT", syscall(SYS_wait4, -1, &st, LINUX_WNOWAIT, 0), EINVAL);

	release(rb);
	until_zombie(b);
	EXPECT_EQ("b a zombie: my group still has nothing", waitpid(0, &st, WNOHANG), 0);
	EXPECT_EQ("... nor has a", waitpid(a, &st, WNOHANG), 0);
	memset(&si, 0xff, sizeof si);
	EXPECT_OK("waitid P_PGID b, WNOWAIT", waitid(P_PGID, b, &si, WEXITED | WNOWAIT));
	EXPECT_TRUE("... reports b", si.si_pid == b && si.si_status == 2);
	EXPECT_OK("... again (WNOWAIT left it)", waitid(P_ALL, 0, &si, WEXITED | WNOWAIT | WNOHANG));
	EXPECT_TRUE("... b again", si.si_pid == b);
	pid_t got = waitpid(-b, &st, 0);
	EXPECT_EQ("waitpid(-b) collects b", code_of(got, b, st), 2);
	EXPECT_EQ("b's group lives on in c: WNOHANG", waitpid(-b, &st, WNOHANG), 0);
	release(rc);
	got = waitpid(-b, &st, 0);
	EXPECT_EQ("waitpid(-b) collects c", code_of(got, c, st), 3);
	EXPECT_ERR("b's group is empty now", waitpid(-b, &st, WNOHANG), ECHILD);
	EXPECT_ERR("waitid P_PGID of it", waitid(P_PGID, b, &si, WEXITED | WNOHANG), ECHILD);

	memset(&si, 0xff, sizeof si);
	EXPECT_OK("waitid P_PGID 0 (my group), WNOHANG", waitid(P_PGID, 0, &si, WEXITED | WNOHANG));
	EXPECT_EQ("... nothing yet: si_pid 0", si.si_pid, 0);
	release(ra);
	EXPECT_OK("waitid P_PGID 0 collects a", waitid(P_PGID, 0, &si, WEXITED));
	EXPECT_TRUE("... a, exit 1", si.si_pid == a && si.si_status == 1);
	EXPECT_ERR("no children", waitpid(-1, &st, WNOHANG), ECHILD);

	pid_t d = exiting(4), e = exiting(5);
	until_zombie(d);
	until_zombie(e);
	got = waitpid(e, &st, 0);
	EXPECT_EQ("two zombies: waitpid(e) takes e", code_of(got, e, st), 5);
	got = waitpid(-1, &st, WNOHANG);
	EXPECT_EQ("... and leaves d", code_of(got, d, st), 4);

	EXPECT_ERR("waitid P_PID 0", waitid(P_PID, 0, &si, WEXITED), EINVAL);
	EXPECT_ERR("waitid P_PID -1", raw_waitid(P_PID, -1, &si, LINUX_WEXITED, 0), EINVAL);
	EXPECT_ERR("waitid P_PGID -1", raw_waitid(P_PGID, -1, &si, LINUX_WEXITED, 0), EINVAL);
	EXPECT_ERR("waitid WNOHANG alone", waitid(P_ALL, 0, &si, WNOHANG), EINVAL);
	EXPECT_ERR("waitid WNOWAIT alone", waitid(P_ALL, 0, &si, WNOWAIT), EINVAL);
	EXPECT_ERR("waitid unknown option", raw_waitid(P_ALL, 0, &si, LINUX_WEXITED | 0x100, 0), EINVAL);
	EXPECT_ERR("waitid P_PID myself", waitid(P_PID, getpid(), &si, WEXITED), ECHILD);

	d = exiting(6);
	until_zombie(d);
	st = 0;
	EXPECT_ERR("wait4, bad rusage", syscall(SYS_wait4, d, &st, 0, BAD), EFAULT);
	EXPECT_EQ("... the status was written", st, 6 << 8);
	EXPECT_ERR("... and the child reaped", waitpid(d, &st, WNOHANG), ECHILD);
	d = exiting(7);
	until_zombie(d);
	EXPECT_ERR("waitid, bad siginfo", raw_waitid(P_PID, d, BAD, LINUX_WEXITED, 0), EFAULT);
	EXPECT_ERR("... the child reaped", waitpid(d, &st, WNOHANG), ECHILD);
	d = exiting(8);
	until_zombie(d);
	EXPECT_ERR("waitid, bad rusage", raw_waitid(P_PID, d, &si, LINUX_WEXITED, BAD), EFAULT);
	EXPECT_ERR("... the child reaped", waitpid(d, &st, WNOHANG), ECHILD);
	d = exiting(9);
	until_zombie(d);
	EXPECT_EQ("waitid, NULL siginfo", raw_waitid(P_PID, d, NULL, LINUX_WEXITED, 0), 0);
	EXPECT_ERR("... the child reaped", waitpid(d, &st, WNOHANG), ECHILD);
	return lt_done();
}
