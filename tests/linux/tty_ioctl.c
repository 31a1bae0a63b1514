/*
 * tty_ioctl: the controlling terminal's ownership calls and their errors
 * (the serial console, acquired as tty_jobctl does): TIOCSPGRP
 * (tcsetpgrp) to a negative group is EINVAL, to a group that does not
 * exist ESRCH, to one of another session EPERM, to one of ours it works;
 * TIOCSCTTY on our own terminal by the session leader is a no-op, by a
 * process that is not a leader or by the leader of another session EPERM;
 * TIOCNOTTY in a child that is not the leader drops the terminal for it
 * alone (its /dev/tty is then ENXIO, a second TIOCNOTTY ENOTTY); tcgetsid,
 * TIOCGETD (N_TTY), TIOCOUTQ after tcdrain, tcsendbreak; termios control
 * characters come back as set; an unknown request is ENOTTY.
 */
#include "lt.h"
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>

static int fd;

static int child_exit(pid_t pid)
{
	int st;

	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

/* a child that runs fn, exiting with its result */
static pid_t run(int (*fn)(void))
{
	pid_t pid = fork();

	SETUP(pid);
	if (pid == 0)
		_exit(fn());
	return pid;
}

static int sctty_not_leader(void)
{
	errno = 0;
	return ioctl(fd, TIOCSCTTY, 0) == -1 && errno == EPERM ? 0 : 1;
}

static int sctty_other_session(void)
{
	if (setsid() == -1)
		return 2;
	errno = 0;
	return ioctl(fd, TIOCSCTTY, 0) == -1 && errno == EPERM ? 0 : 1;
}

static int notty_child(void)
{
	if (ioctl(fd, TIOCNOTTY) != 0)
		return 1;
	errno = 0;
	if (open("/dev/tty", O_RDWR) != -1 || errno != ENXIO)
		return 2;
	errno = 0;
	if (ioctl(fd, TIOCNOTTY) != -1 || errno != ENOTTY)
		return 3;
	return 0;
}

int main(void)
{
	struct termios saved, t, got;
	int n, s[2], g[2];
	pid_t pid;
	char c;

	if (getsid(0) != getpid())
		SETUP(setsid());
	SETUP(fd = open("/dev/ttyAMA0", O_RDWR));
	SETUP(tcgetattr(fd, &saved));
	SETUP(pipe(s));                 /* child to parent */
	SETUP(pipe(g));                 /* parent to child */

	EXPECT_TRUE("tcgetsid: our session", tcgetsid(fd) == getsid(0));
	n = -1;
	EXPECT_OK("TIOCGETD", ioctl(fd, TIOCGETD, &n));
	EXPECT_EQ("line discipline N_TTY", n, 0);
	EXPECT_OK("tcdrain", tcdrain(fd));
	n = -1;
	EXPECT_OK("TIOCOUTQ", ioctl(fd, TIOCOUTQ, &n));
	EXPECT_EQ("nothing queued for output", n, 0);
	EXPECT_OK("tcsendbreak", tcsendbreak(fd, 0));
	EXPECT_ERR("an unknown request: ENOTTY", ioctl(fd, _IO('T', 0xf0)), ENOTTY);

	t = saved;
	t.c_lflag &= ~(tcflag_t)(ECHO | ICANON);
	t.c_cc[VMIN] = 7;
	t.c_cc[VTIME] = 9;
	t.c_cc[VEOF] = 1;
	t.c_cc[VERASE] = 8;
	EXPECT_OK("tcsetattr", tcsetattr(fd, TCSANOW, &t));
	EXPECT_OK("tcgetattr", tcgetattr(fd, &got));
	EXPECT_TRUE("control characters back", got.c_cc[VMIN] == 7 && got.c_cc[VTIME] == 9 &&
		    got.c_cc[VEOF] == 1 && got.c_cc[VERASE] == 8);
	EXPECT_TRUE("local flags back", got.c_lflag == t.c_lflag);
	SETUP(tcsetattr(fd, TCSANOW, &saved));

	EXPECT_OK("TIOCSCTTY: our own terminal", ioctl(fd, TIOCSCTTY, 0));
	EXPECT_EQ("TIOCSCTTY, not a leader", child_exit(run(sctty_not_leader)), 0);
	EXPECT_EQ("TIOCSCTTY, another session's leader", child_exit(run(sctty_other_session)), 0);
	EXPECT_EQ("TIOCNOTTY in a child", child_exit(run(notty_child)), 0);
	n = -1;
	EXPECT_OK("we keep the terminal: TIOCGPGRP", ioctl(fd, TIOCGPGRP, &n));
	EXPECT_TRUE("our group in front", n == getpgrp());

	EXPECT_ERR("tcsetpgrp -1: EINVAL", tcsetpgrp(fd, -1), EINVAL);
	pid = fork();
	SETUP(pid);
	if (pid == 0)
		_exit(0);
	child_exit(pid);
	EXPECT_ERR("tcsetpgrp to a group gone: ESRCH", tcsetpgrp(fd, pid), ESRCH);
	pid = fork();
	SETUP(pid);
	if (pid == 0) {
		setsid();
		write(s[1], "s", 1);
		read(g[0], &c, 1);
		_exit(0);
	}
	read(s[0], &c, 1);
	EXPECT_ERR("tcsetpgrp to another session's group: EPERM", tcsetpgrp(fd, pid), EPERM);
	write(g[1], "x", 1);
	child_exit(pid);
	pid = fork();
	SETUP(pid);
	if (pid == 0) {
		setpgid(0, 0);
		write(s[1], "g", 1);
		read(g[0], &c, 1);
		_exit(0);
	}
	read(s[0], &c, 1);
	EXPECT_OK("tcsetpgrp to a group of ours", tcsetpgrp(fd, pid));
	EXPECT_TRUE("tcgetpgrp says it", tcgetpgrp(fd) == pid);
	signal(SIGTTOU, SIG_IGN);
	EXPECT_OK("back to ours (SIGTTOU ignored)", tcsetpgrp(fd, getpgrp()));
	signal(SIGTTOU, SIG_DFL);
	write(g[1], "x", 1);
	child_exit(pid);
	EXPECT_TRUE("ours in front", tcgetpgrp(fd) == getpgrp());

	SETUP(tcsetattr(fd, TCSAFLUSH, &saved));
	signal(SIGHUP, SIG_IGN);
	SETUP(ioctl(fd, TIOCNOTTY));
	close(fd);
	return lt_done();
}
