/*
 * pgrp_session: setpgid and setsid by Linux's rules (checked in a child, which
 * leads neither a session nor a group at first): a child may be moved
 * into a group of the same session, but not after it has exec'd (EACCES,
 * tested in exec_pgrp) or into another session; a group leader cannot
 * start a session; a new session's leader leads its group; getsid/getpgid
 * for other processes and errors.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>

static int checks(void)
{
	int st, p[2];
	char c;

	SETUP(pipe(p));
	pid_t self = getpid();
	EXPECT_ERR("getpgid(no such)", getpgid(30000), ESRCH);
	EXPECT_ERR("getsid(no such)", getsid(30000), ESRCH);
	EXPECT_ERR("setpgid(-1)", setpgid(0, -1), EINVAL);
	EXPECT_ERR("setpgid(no such pid)", setpgid(30000, 0), ESRCH);
	EXPECT_ERR("setpgid(init)", setpgid(1, 0), ESRCH);
	EXPECT_OK("become a group leader", setpgid(0, 0));
	EXPECT_TRUE("getpgrp is me", getpgrp() == self);
	EXPECT_ERR("a group leader cannot setsid", setsid(), EPERM);

	pid_t kid = fork();
	if (kid == 0) {
		read(p[0], &c, 1);
		_exit(0);
	}
	EXPECT_TRUE("the child is in my group", getpgid(kid) == self);
	EXPECT_OK("move it to its own group", setpgid(kid, kid));
	EXPECT_TRUE("it leads it", getpgid(kid) == kid);
	EXPECT_OK("and back into mine", setpgid(kid, self));
	EXPECT_ERR("into a group that does not exist", setpgid(kid, 30000), EPERM);
	EXPECT_TRUE("its session is mine", getsid(kid) == getsid(0));
	write(p[1], "x", 1);
	waitpid(kid, &st, 0);

	int q[2];
	SETUP(pipe(q));
	kid = fork();
	if (kid == 0) {
		pid_t sid = setsid();
		char ok = sid == getpid() && getpgrp() == getpid() && getsid(0) == getpid();
		write(q[1], &ok, 1);
		read(p[0], &c, 1);
		_exit(0);
	}
	EXPECT_EQ("a child can setsid and leads the session and group", read(q[0], &c, 1) == 1 && c, 1);
	EXPECT_ERR("moving a child in another session", setpgid(kid, self), EPERM);
	EXPECT_ERR("moving a session leader", setpgid(kid, kid), EPERM);
	write(p[1], "x", 1);
	waitpid(kid, &st, 0);
	return lt_done();
}

int main(void)
{
	int st;
	pid_t pid = fork();

	if (pid == 0)
		_exit(checks());
	waitpid(pid, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 99;
}
