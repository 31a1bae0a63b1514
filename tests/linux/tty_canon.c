/*
 * tty_canon: canonical input on the serial console (our controlling
 * terminal, as tty_jobctl gets it; input typed with TIOCSTI, echo off):
 * VERASE rubs out a character (nothing at the start of a line), VKILL
 * the line, VWERASE a word, VLNEXT quotes the next one; VEOF in a line
 * hands over what was typed without a newline, at the start of a line it
 * reads as 0; VEOL ends a line too; ICRNL turns \r into \n, IGNCR drops
 * \r, INLCR turns \n into \r; ISTRIP clears bit 7; without ISIG ^C is an
 * ordinary byte. A read returns one line at most, and a short read
 * leaves the rest of it for the next; FIONREAD counts only whole lines,
 * and a partial line is not readable (EAGAIN). The terminal's settings
 * are put back at the end. Runs on Persona and tools/linux-ref only.
 */
#include "lt.h"
#include <signal.h>
#include <sys/ioctl.h>
#include <termios.h>

static int fd;
static struct termios base;

static void sti(const char *s)
{
	while (*s)
		ioctl(fd, TIOCSTI, s++);
}

/* base with these input and local flags added and removed */
static void mode(tcflag_t iset, tcflag_t iclr, tcflag_t lset, tcflag_t lclr)
{
	struct termios t = base;

	t.c_iflag = (t.c_iflag | iset) & ~iclr;
	t.c_lflag = (t.c_lflag | lset) & ~lclr;
	SETUP(tcsetattr(fd, TCSANOW, &t));
}

/* types s, reads once (up to max bytes), says what came as a C-like string */
static const char *line(const char *s, size_t max)
{
	static char out[128];
	char buf[64];
	ssize_t n;
	size_t o = 0;

	sti(s);
	n = read(fd, buf, max);
	if (n < 0)
		return errname(errno);
	for (ssize_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)buf[i];
		if (c == '\n')
			o += (size_t)snprintf(out + o, sizeof out - o, "\\n");
		else if (c == '\r')
			o += (size_t)snprintf(out + o, sizeof out - o, "\\r");
		else if (c < 32 || c > 126)
			o += (size_t)snprintf(out + o, sizeof out - o, "\\x%02x", c);
		else
			out[o++] = (char)c;
	}
	out[o] = 0;
	return out;
}

static int nread(void)
{
	int n = -1;

	ioctl(fd, FIONREAD, &n);
	return n;
}

int main(void)
{
	struct termios saved;
	char buf[16];

	if (getsid(0) != getpid())
		SETUP(setsid());
	SETUP(fd = open("/dev/ttyAMA0", O_RDWR));
	SETUP(tcgetattr(fd, &saved));
	base = saved;
	base.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ISIG | EXTPROC);
	base.c_lflag |= ICANON | IEXTEN;
	base.c_iflag |= ICRNL;
	base.c_iflag &= ~(tcflag_t)(IGNCR | INLCR | ISTRIP | IXON | IUCLC);
	base.c_cc[VERASE] = 0x7f;
	base.c_cc[VKILL] = 0x15;
	base.c_cc[VWERASE] = 0x17;
	base.c_cc[VLNEXT] = 0x16;
	base.c_cc[VEOF] = 0x04;
	base.c_cc[VEOL] = 0;
	base.c_cc[VINTR] = 0x03;
	SETUP(tcsetattr(fd, TCSAFLUSH, &base));

	EXPECT_STR("plain line", line("hello\n", sizeof buf), "hello\\n");
	EXPECT_STR("VERASE", line("abc\x7f" "d\n", sizeof buf), "abd\\n");
	EXPECT_STR("VERASE at the start of a line", line("\x7f" "a\n", sizeof buf), "a\\n");
	EXPECT_STR("VERASE more than typed", line("a\x7f\x7f\x7f" "b\n", sizeof buf), "b\\n");
	EXPECT_STR("VKILL", line("xyz\x15" "ok\n", sizeof buf), "ok\\n");
	EXPECT_STR("VWERASE", line("one two\x17" "x\n", sizeof buf), "one x\\n");
	EXPECT_STR("VWERASE over spaces", line("one two  \x17\x17" "y\n", sizeof buf), "y\\n");
	EXPECT_STR("VLNEXT quotes ^U", line("a\x16\x15" "b\n", sizeof buf), "a\\x15b\\n");
	EXPECT_STR("VEOF in a line", line("ab\x04", sizeof buf), "ab");
	EXPECT_STR("VEOF at the start: 0 bytes", line("\x04", sizeof buf), "");
	EXPECT_STR("VERASE then VEOF", line("ab\x7f\x04", sizeof buf), "a");
	EXPECT_STR("ICRNL: \\r reads as \\n", line("cr\r", sizeof buf), "cr\\n");

	mode(IGNCR, 0, 0, 0);
	EXPECT_STR("IGNCR: \\r dropped", line("a\rb\r\n", sizeof buf), "ab\\n");
	mode(INLCR, 0, 0, 0);
	EXPECT_STR("INLCR and ICRNL: \\n -> \\r, \\r -> \\n", line("a\n\r", sizeof buf), "a\\r\\n");
	mode(0, ICRNL, 0, 0);
	EXPECT_STR("no ICRNL: \\r is a byte", line("a\r\n", sizeof buf), "a\\r\\n");
	mode(ISTRIP, 0, 0, 0);
	EXPECT_STR("ISTRIP", line("\xe1\xe2\n", sizeof buf), "ab\\n");
	mode(0, 0, 0, 0);
	EXPECT_STR("no ISIG: ^C a byte", line("x\x03y\n", sizeof buf), "x\\x03y\\n");
	struct termios t = base;
	t.c_cc[VEOL] = ';';
	SETUP(tcsetattr(fd, TCSANOW, &t));
	EXPECT_STR("VEOL ends a line", line("ab;cd\n", sizeof buf), "ab;");
	EXPECT_STR("the next line", line("", sizeof buf), "cd\\n");
	mode(0, 0, 0, 0);

	EXPECT_STR("a short read", line("hello\n", 2), "he");
	EXPECT_STR("the rest of the line", line("", sizeof buf), "llo\\n");
	EXPECT_STR("two lines: one read gets the first", line("one\ntwo\n", sizeof buf), "one\\n");
	EXPECT_STR("the second", line("", sizeof buf), "two\\n");
	sti("part");
	EXPECT_EQ("FIONREAD, a partial line", nread(), 0);
	SETUP(fcntl(fd, F_SETFL, O_NONBLOCK));
	EXPECT_ERR("read a partial line: EAGAIN", read(fd, buf, sizeof buf), EAGAIN);
	SETUP(fcntl(fd, F_SETFL, 0));
	sti("ial\n");
	EXPECT_EQ("FIONREAD, a whole line", nread(), 8);
	EXPECT_STR("read it", line("", sizeof buf), "partial\\n");

	SETUP(tcsetattr(fd, TCSAFLUSH, &saved));
	signal(SIGHUP, SIG_IGN);
	SETUP(ioctl(fd, TIOCNOTTY));
	close(fd);
	return lt_done();
}
