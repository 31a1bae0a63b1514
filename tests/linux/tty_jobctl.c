/*
 * tty_jobctl: the serial console as a job-control terminal, as a shell
 * uses it: /dev/tty needs a controlling terminal; a session leader
 * acquires /dev/ttyAMA0 (/dev/console never becomes one); canonical
 * input with ^D, VMIN/VTIME, FIONREAD and poll; a background group is
 * stopped by SIGTTIN on read and (with TOSTOP) SIGTTOU on write, or gets
 * EIO / goes on when those are ignored; tcsetpgrp; ^C sends SIGINT to the
 * foreground group; SIGWINCH; EINTR; TIOCNOTTY; a hang-up when the
 * session leader goes. Input is typed with TIOCSTI, echo stays off.
 * Needs the serial line, so it runs on Persona and tools/linux-ref only.
 */
#include "lt.h"
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <poll.h>
#include <time.h>

static volatile int got;
static void on_sig(int s) { got = s; }

static void sti(int fd, const char *s)
{
	while (*s)
		ioctl(fd, TIOCSTI, s++);
}

static int child_status(pid_t pid, int opts)
{
	int st = 0;
	waitpid(pid, &st, opts);
	return st;
}

int main(void)
{
	int fd, n, st;
	char buf[64];
	pid_t pid, me;
	struct termios t, saved;

	EXPECT_ERR("/dev/tty without a terminal", open("/dev/tty", O_RDWR), ENXIO);
	SETUP(fd = open("/dev/console", O_RDWR));
	EXPECT_ERR("TIOCGPGRP on the console, not ours", ioctl(fd, TIOCGPGRP, &n), ENOTTY);
	close(fd);
	me = getpid();
	if (getsid(0) != me)
		SETUP(setsid());
	SETUP(fd = open("/dev/console", O_RDWR));
	EXPECT_ERR("opening /dev/console acquires nothing", ioctl(fd, TIOCGPGRP, &n), ENOTTY);
	close(fd);
	SETUP(fd = open("/dev/ttyAMA0", O_RDWR));
	EXPECT_OK("TIOCGPGRP", ioctl(fd, TIOCGPGRP, &n));
	EXPECT_TRUE("the foreground is our group", n == getpgrp());
	EXPECT_OK("TIOCGSID", ioctl(fd, TIOCGSID, &n));
	EXPECT_TRUE("our session", n == getsid(0));
	close(fd);
	SETUP(fd = open("/dev/tty", O_RDWR));
	SETUP(tcgetattr(fd, &saved));
	t = saved;
	t.c_lflag &= ~(tcflag_t)ECHO;           /* typed input stays off the console */
	SETUP(tcsetattr(fd, TCSANOW, &t));
	sti(fd, "hi\n");
	EXPECT_OK("FIONREAD", ioctl(fd, FIONREAD, &n));
	EXPECT_EQ("3 waiting", n, 3);
	EXPECT_EQ("read a line", read(fd, buf, sizeof buf), 3);
	SETUP(fcntl(fd, F_SETFL, O_NONBLOCK));
	EXPECT_ERR("nothing: EAGAIN", read(fd, buf, sizeof buf), EAGAIN);
	SETUP(fcntl(fd, F_SETFL, 0));
	sti(fd, "ab\x04");
	EXPECT_EQ("^D pushes", read(fd, buf, sizeof buf), 2);
	sti(fd, "\x04");
	EXPECT_EQ("^D alone: EOF", read(fd, buf, sizeof buf), 0);

	SETUP(tcgetattr(fd, &saved));
	t = saved;
	t.c_lflag &= ~(ICANON | ECHO);
	t.c_cc[VMIN] = 0;
	t.c_cc[VTIME] = 2;
	SETUP(tcsetattr(fd, TCSANOW, &t));
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	EXPECT_EQ("MIN 0 TIME 2: 0 after a while", read(fd, buf, sizeof buf), 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	long ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
	EXPECT_TRUE("about 200 ms", ms >= 190 && ms < 1000);
	t.c_cc[VTIME] = 0;
	SETUP(tcsetattr(fd, TCSANOW, &t));
	EXPECT_EQ("MIN 0 TIME 0: 0 at once", read(fd, buf, sizeof buf), 0);
	sti(fd, "xyz");
	t.c_cc[VMIN] = 2;
	SETUP(tcsetattr(fd, TCSANOW, &t));
	EXPECT_EQ("MIN 2 with 3 there", read(fd, buf, sizeof buf), 3);
	struct pollfd pf = { fd, POLLIN, 0 };
	EXPECT_EQ("poll: nothing", poll(&pf, 1, 0), 0);
	sti(fd, "q");
	EXPECT_EQ("poll: one byte, MIN 2", poll(&pf, 1, 0), 0);
	sti(fd, "r");
	EXPECT_EQ("poll: two", poll(&pf, 1, 0), 1);
	SETUP(tcsetattr(fd, TCSAFLUSH, &saved));

	/* a background reader stops with SIGTTIN */
	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		read(fd, buf, 1);
		_exit(7);
	}
	st = child_status(pid, WUNTRACED);
	EXPECT_TRUE("background read: stopped by SIGTTIN", WIFSTOPPED(st) && WSTOPSIG(st) == SIGTTIN);
	kill(pid, SIGKILL);
	child_status(pid, 0);

	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		signal(SIGTTIN, SIG_IGN);
		errno = 0;
		_exit(read(fd, buf, 1) == -1 && errno == EIO ? 0 : 1);
	}
	st = child_status(pid, 0);
	EXPECT_TRUE("SIGTTIN ignored: EIO", WIFEXITED(st) && WEXITSTATUS(st) == 0);

	t = saved;
	t.c_lflag |= TOSTOP;
	SETUP(tcsetattr(fd, TCSANOW, &t));
	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		write(fd, "", 0);
		_exit(7);
	}
	st = child_status(pid, WUNTRACED);
	EXPECT_TRUE("TOSTOP: a background write stops with SIGTTOU", WIFSTOPPED(st) && WSTOPSIG(st) == SIGTTOU);
	kill(pid, SIGCONT);
	kill(pid, SIGKILL);
	child_status(pid, 0);
	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		signal(SIGTTOU, SIG_IGN);
		_exit(write(fd, "", 0) == 0 ? 0 : 1);
	}
	st = child_status(pid, 0);
	EXPECT_TRUE("SIGTTOU ignored: the write goes on", WIFEXITED(st) && WEXITSTATUS(st) == 0);
	SETUP(tcsetattr(fd, TCSANOW, &saved));

	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		tcsetpgrp(fd, getpgrp());
		_exit(7);
	}
	st = child_status(pid, WUNTRACED);
	EXPECT_TRUE("tcsetpgrp from the background: SIGTTOU", WIFSTOPPED(st) && WSTOPSIG(st) == SIGTTOU);
	kill(pid, SIGKILL);
	child_status(pid, 0);

	/* ^C goes to the foreground group */
	int p[2];
	SETUP(pipe(p));
	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		signal(SIGTTOU, SIG_IGN);
		signal(SIGWINCH, on_sig);
		tcsetpgrp(fd, getpgrp());
		write(p[1], "r", 1);
		while (!got)
			pause();
		write(p[1], got == SIGWINCH ? "w" : "?", 1);
		read(fd, buf, sizeof buf);      /* until ^C */
		_exit(7);
	}
	read(p[0], buf, 1);
	struct winsize ws;
	SETUP(ioctl(fd, TIOCGWINSZ, &ws));
	ws.ws_col++;
	SETUP(ioctl(fd, TIOCSWINSZ, &ws));
	read(p[0], buf, 1);
	EXPECT_EQ("SIGWINCH to the foreground", buf[0], 'w');
	EXPECT_OK("TIOCGPGRP", ioctl(fd, TIOCGPGRP, &n));
	EXPECT_TRUE("the child's group is in front", n == pid);
	sti(fd, "\x03");
	st = child_status(pid, 0);
	EXPECT_TRUE("^C: SIGINT", WIFSIGNALED(st) && WTERMSIG(st) == SIGINT);
	signal(SIGTTOU, SIG_IGN);
	EXPECT_OK("back to the front", tcsetpgrp(fd, getpgrp()));
	signal(SIGTTOU, SIG_DFL);

	/* a read interrupted by a handled signal without SA_RESTART */
	pid = fork();
	if (pid == 0) {
		struct sigaction sa = { 0 };
		sa.sa_handler = on_sig;
		sigaction(SIGUSR1, &sa, 0);
		errno = 0;
		write(p[1], "r", 1);
		n = read(fd, buf, sizeof buf);
		_exit(n == -1 && errno == EINTR ? 0 : 1);
	}
	read(p[0], buf, 1);
	usleep(50000);
	kill(pid, SIGUSR1);
	st = child_status(pid, 0);
	EXPECT_TRUE("tty read interrupted: EINTR", WIFEXITED(st) && WEXITSTATUS(st) == 0);

	/* the session leader exits: the foreground gets SIGHUP, /dev/tty reads end */
	signal(SIGHUP, SIG_IGN);
	EXPECT_OK("TIOCNOTTY", ioctl(fd, TIOCNOTTY));
	signal(SIGHUP, SIG_DFL);
	EXPECT_ERR("no terminal now", ioctl(fd, TIOCGPGRP, &n), ENOTTY);
	close(fd);
	pid = fork();
	if (pid == 0) {
		setsid();
		int f = open("/dev/ttyAMA0", O_RDWR);
		pid_t g = fork();
		if (g == 0) {
			signal(SIGHUP, SIG_IGN);
			int t2 = open("/dev/tty", O_RDWR);
			write(p[1], "r", 1);
			n = read(t2, buf, sizeof buf);
			write(p[1], n == 0 ? "0" : "?", 1);
			n = write(t2, "x", 1);
			write(p[1], n == -1 && errno == EIO ? "E" : "?", 1);
			_exit(0);
		}
		read(p[0], buf, 1);
		usleep(50000);
		(void)f;
		_exit(0);
	}
	child_status(pid, 0);
	for (n = 0; n < 2;)
		n += read(p[0], buf + n, (size_t)(2 - n));
	EXPECT_EQ("hung up: read gives 0", buf[0], '0');
	EXPECT_EQ("write gives EIO", buf[1], 'E');
	return lt_done();
}
