/*
 * glue_unistd: the <unistd.h> functions the glue adds for shells and
 * utilities, other than exec (glue_exec): setpgrp, ttyname and
 * ttyname_r on what is not a terminal, ctermid, getdtablesize,
 * seteuid/setegid/setreuid/setregid to what is already set ((uid_t)-1
 * meaning "unchanged" although newlib's uid_t is 16 bits).
 */
#include "lt.h"
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

int main(void)
{
	char buf[64];
	int st;

	pid_t pid = fork();
	if (pid == 0) {
		int r = setpgrp();
		_exit(r == 0 && getpgrp() == getpid() ? 0 : 1);
	}
	waitpid(pid, &st, 0);
	EXPECT_EQ("setpgrp: a group of its own", WEXITSTATUS(st), 0);

	int fd = open("file", O_RDWR | O_CREAT, 0644);
	SETUP(fd);
	EXPECT_TRUE("ttyname of a file: NULL", ttyname(fd) == NULL);
	EXPECT_EQ("... errno ENOTTY", errno, ENOTTY);
	errno = 0;
	EXPECT_EQ("ttyname_r of a file: ENOTTY returned", ttyname_r(fd, buf, sizeof buf), ENOTTY);
	EXPECT_EQ("... errno left alone", errno, 0);
	close(fd);
	EXPECT_EQ("ttyname_r of a closed fd: EBADF", ttyname_r(fd, buf, sizeof buf), EBADF);
	EXPECT_STR("ctermid(NULL)", ctermid(NULL), "/dev/tty");
	EXPECT_STR("ctermid(buf)", ctermid(buf), "/dev/tty");

	struct rlimit rl = { 50, 50 };
	pid = fork();
	if (pid == 0) {
		setrlimit(RLIMIT_NOFILE, &rl);
		_exit(getdtablesize());
	}
	waitpid(pid, &st, 0);
	EXPECT_EQ("getdtablesize: RLIMIT_NOFILE", WEXITSTATUS(st), 50);

	uid_t uid = getuid(), euid = geteuid();
	gid_t gid = getgid(), egid = getegid();
	EXPECT_OK("seteuid to the euid", seteuid(euid));
	EXPECT_OK("setegid to the egid", setegid(egid));
	EXPECT_OK("setreuid(-1, -1)", setreuid((uid_t)-1, (uid_t)-1));
	EXPECT_OK("setregid(-1, -1)", setregid((gid_t)-1, (gid_t)-1));
	EXPECT_OK("setreuid to the same", setreuid(uid, euid));
	EXPECT_OK("setregid to the same", setregid(gid, egid));
	EXPECT_TRUE("ids unchanged", getuid() == uid && geteuid() == euid && getgid() == gid &&
		    getegid() == egid);
	EXPECT_ERR("seteuid(-1)", seteuid((uid_t)-1), EINVAL);
	EXPECT_ERR("setegid(-1)", setegid((gid_t)-1), EINVAL);
	return lt_done();
}
