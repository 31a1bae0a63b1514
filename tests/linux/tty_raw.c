/*
 * tty_raw: non-canonical input on the serial console (our controlling
 * terminal; input typed with TIOCSTI, echo off): VMIN 0 VTIME 0 returns
 * what is there; VMIN 3 waits for the third byte, typed later by a
 * child, but a read of fewer bytes than VMIN returns at once; VMIN 5
 * VTIME 2 gives up 0.2 s after a byte with what came; a partial line
 * typed in canonical mode is readable once ICANON is off; FIONREAD counts
 * every byte; TCFLSH TCIFLUSH (tcflush) and TCSETSF (TCSAFLUSH) discard
 * typed input, TCSETS does not; TIOCSWINSZ sets what TIOCGWINSZ gets and
 * sends SIGWINCH only when the size changes; with ISIG, ^\ sends SIGQUIT
 * and ^Z SIGTSTP (both handled) to the foreground group and flush the
 * input, unless NOFLSH. The terminal is put back as it was. Runs on
 * Persona and tools/linux-ref only.
 */
#include "lt.h"
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>

static int fd;
static struct termios base;
static volatile int winch, quits, tstps;

static void on_sig(int s)
{
	if (s == SIGWINCH)
		winch++;
	else if (s == SIGQUIT)
		quits++;
	else if (s == SIGTSTP)
		tstps++;
}

static void sti(const char *s)
{
	while (*s)
		ioctl(fd, TIOCSTI, s++);
}

static void raw(int vmin, int vtime, tcflag_t lset)
{
	struct termios t = base;

	t.c_lflag |= lset;
	t.c_cc[VMIN] = (cc_t)vmin;
	t.c_cc[VTIME] = (cc_t)vtime;
	SETUP(tcsetattr(fd, TCSANOW, &t));
}

static int nread(void)
{
	int n = -1;

	ioctl(fd, FIONREAD, &n);
	return n;
}

static long long now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

int main(void)
{
	struct termios saved, t;
	struct winsize ws0, ws, got;
	char buf[16];
	long long t0;
	pid_t pid;
	int st;

	if (getsid(0) != getpid())
		SETUP(setsid());
	SETUP(fd = open("/dev/ttyAMA0", O_RDWR));
	SETUP(tcgetattr(fd, &saved));
	SETUP(ioctl(fd, TIOCGWINSZ, &ws0));
	base = saved;
	base.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | NOFLSH | EXTPROC);
	base.c_iflag &= ~(tcflag_t)(IXON | ICRNL | INLCR | IGNCR | ISTRIP);
	base.c_cc[VQUIT] = 0x1c;
	base.c_cc[VSUSP] = 0x1a;
	base.c_cc[VINTR] = 0x03;
	SETUP(tcsetattr(fd, TCSAFLUSH, &base));
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sig;
	sa.sa_flags = SA_RESTART;
	SETUP(sigaction(SIGWINCH, &sa, NULL));
	SETUP(sigaction(SIGQUIT, &sa, NULL));
	SETUP(sigaction(SIGTSTP, &sa, NULL));

	raw(0, 0, 0);
	EXPECT_EQ("MIN 0 TIME 0, nothing: 0", read(fd, buf, sizeof buf), 0);
	sti("ab");
	EXPECT_EQ("FIONREAD", nread(), 2);
	EXPECT_EQ("MIN 0 TIME 0, 2 there: 2", read(fd, buf, sizeof buf), 2);

	raw(3, 0, 0);
	sti("xy");
	pid = fork();
	SETUP(pid);
	if (pid == 0) {
		usleep(100000);
		ioctl(fd, TIOCSTI, "z");
		_exit(0);
	}
	EXPECT_EQ("MIN 3, 2 there: waits for the third", read(fd, buf, sizeof buf), 3);
	EXPECT_TRUE("\"xyz\"", !memcmp(buf, "xyz", 3));
	waitpid(pid, &st, 0);
	sti("12345");
	EXPECT_EQ("MIN 3, read 2 of 5: at once", read(fd, buf, 2), 2);
	EXPECT_EQ("MIN 3, the other 3", read(fd, buf, sizeof buf), 3);

	raw(5, 2, 0);
	sti("ab");
	t0 = now_ms();
	EXPECT_EQ("MIN 5 TIME 2, 2 there: 2 after the timer", read(fd, buf, sizeof buf), 2);
	EXPECT_TRUE("waited about 0.2 s", now_ms() - t0 >= 150);
	raw(0, 2, 0);
	sti("c");
	EXPECT_EQ("MIN 0 TIME 2, 1 there: 1", read(fd, buf, sizeof buf), 1);

	t = base;
	t.c_lflag |= ICANON;
	SETUP(tcsetattr(fd, TCSANOW, &t));
	sti("half");
	EXPECT_EQ("canonical, a partial line: FIONREAD 0", nread(), 0);
	raw(1, 0, 0);
	EXPECT_EQ("ICANON off: FIONREAD 4", nread(), 4);
	EXPECT_EQ("and readable", read(fd, buf, sizeof buf), 4);

	/* flushing */
	raw(0, 0, 0);
	sti("junk");
	EXPECT_OK("tcflush TCIFLUSH", tcflush(fd, TCIFLUSH));
	EXPECT_EQ("input gone", nread(), 0);
	EXPECT_EQ("read: 0", read(fd, buf, sizeof buf), 0);
	EXPECT_ERR("TCFLSH 7: EINVAL", ioctl(fd, TCFLSH, 7), EINVAL);
	sti("keep");
	raw(0, 0, 0);
	EXPECT_EQ("TCSETS keeps typed input", nread(), 4);
	t = base;
	SETUP(tcgetattr(fd, &t));
	EXPECT_OK("TCSETSF", tcsetattr(fd, TCSAFLUSH, &t));
	EXPECT_EQ("TCSETSF flushed it", nread(), 0);

	/* the window size */
	ws = ws0;
	ws.ws_row = (unsigned short)(ws0.ws_row == 33 ? 34 : 33);
	ws.ws_col = 99;
	ws.ws_xpixel = 7;
	ws.ws_ypixel = 9;
	EXPECT_OK("TIOCSWINSZ", ioctl(fd, TIOCSWINSZ, &ws));
	EXPECT_EQ("SIGWINCH", winch, 1);
	memset(&got, 0, sizeof got);
	EXPECT_OK("TIOCGWINSZ", ioctl(fd, TIOCGWINSZ, &got));
	EXPECT_TRUE("the same size back", got.ws_row == ws.ws_row && got.ws_col == 99 &&
		    got.ws_xpixel == 7 && got.ws_ypixel == 9);
	EXPECT_OK("TIOCSWINSZ, the same size", ioctl(fd, TIOCSWINSZ, &ws));
	EXPECT_EQ("no SIGWINCH", winch, 1);
	ws.ws_xpixel = 8;
	EXPECT_OK("TIOCSWINSZ, other pixels", ioctl(fd, TIOCSWINSZ, &ws));
	EXPECT_EQ("SIGWINCH", winch, 2);
	EXPECT_ERR("TIOCGWINSZ to a bad address", ioctl(fd, TIOCGWINSZ, BAD), EFAULT);
	EXPECT_ERR("TIOCSWINSZ from a bad address", ioctl(fd, TIOCSWINSZ, BAD), EFAULT);

	/* signal characters */
	raw(0, 0, ISIG);
	sti("ab\x1c");
	EXPECT_EQ("^\\: SIGQUIT handled", quits, 1);
	EXPECT_EQ("and the input flushed", nread(), 0);
	sti("cd\x1a");
	EXPECT_EQ("^Z: SIGTSTP handled", tstps, 1);
	EXPECT_EQ("and the input flushed", nread(), 0);
	raw(0, 0, ISIG | NOFLSH);
	sti("ef\x1c");
	EXPECT_EQ("NOFLSH: ^\\ SIGQUIT", quits, 2);
	EXPECT_EQ("the input kept", nread(), 2);
	EXPECT_EQ("without the ^\\", read(fd, buf, sizeof buf), 2);
	raw(0, 0, 0);
	sti("\x1c\x1a");
	EXPECT_EQ("no ISIG: ^\\ and ^Z are bytes", read(fd, buf, sizeof buf), 2);
	EXPECT_TRUE("no more signals", quits == 2 && tstps == 1);

	SETUP(ioctl(fd, TIOCSWINSZ, &ws0));
	SETUP(tcsetattr(fd, TCSAFLUSH, &saved));
	signal(SIGHUP, SIG_IGN);
	SETUP(ioctl(fd, TIOCNOTTY));
	close(fd);
	return lt_done();
}
