/*
 * fs0/tty.c, the line discipline, against Linux's n_tty: what the reader
 * gets, what is echoed (byte for byte, as n_tty echoes), the signals ISIG
 * characters raise and what they flush, output processing, and the
 * VMIN/VTIME rules of a raw read.
 */
#include "unit.h"
#include "tty.h"
#include <linux_abi/signal.h>

#define CTL(c) ((c) & 0x1f)

static struct tty t;
static char echoed[8192];
static uint32_t echoed_len;
static int sigs[16], nsigs;

static void out(const char *s, uint32_t n)
{
	memcpy(echoed + echoed_len, s, n);
	echoed_len += n;
	echoed[echoed_len] = 0;
}

static void isig(int sig)
{
	sigs[nsigs++] = sig;
}

static void setup(void)
{
	tty_init(&t, out, isig);
	echoed_len = 0;
	echoed[0] = 0;
	nsigs = 0;
}

static void type(const char *s)
{
	tty_input(&t, s, (uint32_t)strlen(s));
}

/* One read of up to n bytes, NUL-terminated in buf: its length, or -1 if it would wait. */
static long readn(char *buf, uint32_t n)
{
	long size = tty_read_size(&t, n);

	if (size < 0)
		return -1;
	tty_peek(&t, 0, buf, (uint32_t)size);
	buf[size] = 0;
	tty_consume(&t, (uint32_t)size);
	return size;
}

static void set_lflag(uint32_t on, uint32_t off)
{
	struct linux_termios n = t.t;

	n.c_lflag = (n.c_lflag | on) & ~off;
	tty_set(&t, &n);
}

static void defaults(void)
{
	setup();
	CHECK_EQ(t.t.c_iflag, LINUX_ICRNL | LINUX_IXON);
	CHECK_EQ(t.t.c_oflag, LINUX_OPOST | LINUX_ONLCR);
	CHECK(t.t.c_lflag & LINUX_ICANON);
	CHECK_EQ(t.t.c_cc[LINUX_VINTR], 3);
	CHECK_EQ(t.t.c_cc[LINUX_VERASE], 0x7f);
	CHECK_EQ(t.t.c_cc[LINUX_VMIN], 1);
	CHECK_EQ(t.ws.ws_row, 24);
}

static void canonical_line(void)
{
	char buf[64];

	setup();
	type("ab");
	CHECK_EQ(readn(buf, 64), -1);           /* no complete line yet */
	CHECK_EQ(tty_readable(&t), 0);          /* FIONREAD: complete lines only */
	CHECK(!tty_poll_readable(&t));
	type("\r");                             /* ICRNL */
	CHECK_STR(echoed, "ab\r\n");            /* ONLCR on the echo */
	CHECK_EQ(tty_readable(&t), 3);
	CHECK(tty_poll_readable(&t));
	CHECK_EQ(readn(buf, 64), 3);
	CHECK_STR(buf, "ab\n");
	type("one\ntwo\n");
	CHECK_EQ(readn(buf, 2), 2);             /* a short read takes part of the line */
	CHECK_STR(buf, "on");
	CHECK_EQ(readn(buf, 64), 2);            /* the rest of it, not the next line */
	CHECK_STR(buf, "e\n");
	CHECK_EQ(readn(buf, 64), 4);
	CHECK_STR(buf, "two\n");
}

static void eof_char(void)
{
	char buf[64];

	setup();
	type("\x04");
	CHECK_EQ(readn(buf, 64), 0);            /* ^D alone: end of file */
	CHECK_EQ(readn(buf, 64), -1);           /* once */
	CHECK_STR(echoed, "");                  /* ^D is not echoed */
	type("abc\x04");
	CHECK_EQ(tty_readable(&t), 3);
	CHECK_EQ(readn(buf, 64), 3);            /* pushes the partial line, without itself */
	CHECK_STR(buf, "abc");
	CHECK_EQ(readn(buf, 64), -1);
	type("ab\x04" "cd\n");
	CHECK_EQ(readn(buf, 64), 2);
	CHECK_STR(buf, "ab");
	CHECK_EQ(readn(buf, 64), 3);
	CHECK_STR(buf, "cd\n");
}

static void erase_and_kill(void)
{
	char buf[64];

	setup();
	type("abc\x7f\n");
	CHECK_STR(echoed, "abc\b \b\r\n");
	CHECK_EQ(readn(buf, 64), 3);
	CHECK_STR(buf, "ab\n");
	setup();
	type("a\x01\x7f");                      /* a control shown as ^A takes two erasures */
	CHECK_STR(echoed, "a^A\b \b\b \b");
	setup();
	type("\x7f\x7f" "x\b\n");               /* erase on an empty line does nothing; ^H is not ERASE */
	CHECK_STR(echoed, "x^H\r\n");
	CHECK_EQ(readn(buf, 64), 3);
	CHECK_STR(buf, "x\b\n");
	setup();
	type("abc\x15" "d\n");                  /* KILL with ECHOKE: erased character by character */
	CHECK_STR(echoed, "abc\b \b\b \b\b \bd\r\n");
	CHECK_EQ(readn(buf, 64), 2);
	CHECK_STR(buf, "d\n");
	setup();
	set_lflag(0, LINUX_ECHOKE);
	type("abc\x15");                        /* without ECHOKE: ^U, and a newline for ECHOK */
	CHECK_STR(echoed, "abc^U\r\n");
	setup();
	set_lflag(0, LINUX_ECHOE);
	type("ab\x7f");                         /* without ECHOE the erase character is echoed */
	CHECK_STR(echoed, "ab^?");
}

static void word_erase(void)
{
	char buf[64];

	setup();
	type("foo bar  \x17\n");                /* blanks, then the word: Linux's ALTWERASE */
	CHECK_EQ(readn(buf, 64), 5);
	CHECK_STR(buf, "foo \n");
	setup();
	type("a.b_c\x17\n");                    /* '_' belongs to the word, '.' ends it */
	CHECK_EQ(readn(buf, 64), 3);
	CHECK_STR(buf, "a.\n");
}

static void tab_erase(void)
{
	setup();
	type("ab\t");
	CHECK_EQ(t.column, 8);
	echoed_len = 0;
	type("\x7f");                           /* back to where the tab began: 6 columns */
	CHECK_STR(echoed, "\b\b\b\b\b\b");
	CHECK_EQ(t.column, 2);
}

static void lnext_and_reprint(void)
{
	char buf[64];

	setup();
	type("\x16\x03\n");                     /* ^V^C: a literal ^C, no signal */
	CHECK_EQ(nsigs, 0);
	CHECK_STR(echoed, "^\b^C\r\n");
	CHECK_EQ(readn(buf, 64), 2);
	CHECK_EQ(buf[0], 3);
	setup();
	type("ab\x12");
	CHECK_STR(echoed, "ab^R\r\nab");
}

static void echoprt(void)
{
	setup();
	set_lflag(LINUX_ECHOPRT, 0);
	type("ab\x7f\x7f" "c");
	CHECK_STR(echoed, "ab\\ba/c");
}

static void signals(void)
{
	char buf[64];

	setup();
	type("line\npartial\x03");
	CHECK_EQ(nsigs, 1);
	CHECK_EQ(sigs[0], LINUX_SIGINT);
	CHECK_STR(echoed, "line\r\npartial^C");
	CHECK_EQ(readn(buf, 64), -1);           /* everything flushed */
	CHECK_EQ(tty_readable(&t), 0);
	type("\x1c\x1a");
	CHECK_EQ(nsigs, 3);
	CHECK_EQ(sigs[1], LINUX_SIGQUIT);
	CHECK_EQ(sigs[2], LINUX_SIGTSTP);
	setup();
	set_lflag(LINUX_NOFLSH, 0);
	type("keep\nedit\x03" "\n");
	CHECK_EQ(readn(buf, 64), 5);            /* NOFLSH: the input stays */
	CHECK_EQ(readn(buf, 64), 5);
	CHECK_STR(buf, "edit\n");
	setup();
	set_lflag(0, LINUX_ISIG);
	type("\x03\n");                         /* no ISIG: an ordinary character */
	CHECK_EQ(nsigs, 0);
	CHECK_EQ(readn(buf, 64), 2);
	CHECK_EQ(buf[0], 3);
	setup();
	set_lflag(0, LINUX_ICANON | LINUX_ECHO);
	type("ab\x03");                         /* raw mode signals too */
	CHECK_EQ(nsigs, 1);
	CHECK_EQ(tty_readable(&t), 0);
}

static void input_mapping(void)
{
	char buf[64];
	struct linux_termios n;

	setup();
	type("\x13" "a\x11\n");                 /* IXON: ^S and ^Q are taken out */
	CHECK_EQ(readn(buf, 64), 2);
	CHECK_STR(buf, "a\n");
	setup();
	n = t.t;
	n.c_iflag = LINUX_IGNCR;
	tty_set(&t, &n);
	type("a\rb\n");
	CHECK_EQ(readn(buf, 64), 3);
	CHECK_STR(buf, "ab\n");
	setup();
	n = t.t;
	n.c_iflag = LINUX_INLCR | LINUX_ISTRIP;
	n.c_lflag &= ~LINUX_ICANON;
	tty_set(&t, &n);
	type("\n\xc1");
	CHECK_EQ(readn(buf, 64), 2);
	CHECK_STR(buf, "\rA");
}

static void output(void)
{
	struct linux_termios n;

	setup();
	tty_output(&t, "a\nb", 3);
	CHECK_STR(echoed, "a\r\nb");
	setup();
	n = t.t;
	n.c_oflag = LINUX_OPOST | LINUX_OCRNL | LINUX_OLCUC | LINUX_XTABS;
	tty_set(&t, &n);
	tty_output(&t, "ab\tc\r", 5);
	CHECK_STR(echoed, "AB      C\n");
	setup();
	n = t.t;
	n.c_oflag = LINUX_OPOST | LINUX_ONOCR;
	tty_set(&t, &n);
	tty_output(&t, "\rx\r", 3);             /* ONOCR: no CR at column 0 */
	CHECK_STR(echoed, "x\r");
	setup();
	n = t.t;
	n.c_oflag = LINUX_ONLCR;                /* without OPOST nothing is processed */
	tty_set(&t, &n);
	tty_output(&t, "a\n", 2);
	CHECK_STR(echoed, "a\n");
}

static void echo_modes(void)
{
	setup();
	set_lflag(LINUX_ECHONL, LINUX_ECHO);
	type("ab\n");                           /* ECHONL: only the newline */
	CHECK_STR(echoed, "\r\n");
	setup();
	set_lflag(0, LINUX_ICANON);
	type("a\x01\n");                        /* raw: controls as ^X, a plain ^J too */
	CHECK_STR(echoed, "a^A^J");
}

static void mode_switch(void)
{
	char buf[64];

	setup();
	type("done\nhalf");
	set_lflag(0, LINUX_ICANON);             /* canonical to raw: everything is raw bytes */
	CHECK_EQ(tty_readable(&t), 9);
	CHECK_EQ(readn(buf, 64), 9);
	CHECK_STR(buf, "done\nhalf");
	type("xy");
	set_lflag(LINUX_ICANON, 0);             /* raw to canonical: what is there is a line */
	CHECK_EQ(readn(buf, 64), 2);
	CHECK_STR(buf, "xy");
	CHECK_EQ(readn(buf, 64), -1);
}

static int wait_for(uint32_t vmin, uint32_t vtime, uint32_t n, uint64_t now, uint64_t start,
		    uint64_t last, uint64_t *dl)
{
	t.t.c_cc[LINUX_VMIN] = (uint8_t)vmin;
	t.t.c_cc[LINUX_VTIME] = (uint8_t)vtime;
	return tty_raw_wait(&t, n, now, start, last, 100, dl);
}

static void vmin_vtime(void)
{
	uint64_t dl;

	setup();
	set_lflag(0, LINUX_ICANON | LINUX_ECHO);
	CHECK_EQ(wait_for(1, 0, 10, 1000, 1000, 0, &dl), 1);           /* MIN 1: wait for a byte */
	CHECK_EQ(dl, 0);
	CHECK_EQ(wait_for(0, 0, 10, 1000, 1000, 0, &dl), 0);           /* MIN 0 TIME 0: never waits */
	CHECK_EQ(wait_for(0, 5, 10, 1000, 1000, 0, &dl), 1);           /* MIN 0 TIME 5: 0.5 s from the start */
	CHECK_EQ(dl, 1500);
	CHECK_EQ(wait_for(0, 5, 10, 1500, 1000, 0, &dl), 0);           /* ... then reads nothing */
	type("ab");
	CHECK_EQ(wait_for(0, 5, 10, 1000, 1000, 900, &dl), 0);         /* any byte ends it */
	CHECK_EQ(wait_for(3, 0, 10, 1000, 1000, 900, &dl), 1);         /* MIN 3: two are not enough */
	CHECK_EQ(dl, 0);
	CHECK_EQ(wait_for(3, 0, 2, 1000, 1000, 900, &dl), 0);          /* unless the read wants two */
	CHECK_EQ(wait_for(3, 5, 10, 1000, 900, 1200, &dl), 1);         /* inter-byte timer from the last byte */
	CHECK_EQ(dl, 1700);
	CHECK_EQ(wait_for(3, 5, 10, 2000, 1800, 1200, &dl), 1);        /* or from the read's start */
	CHECK_EQ(dl, 2300);
	CHECK_EQ(wait_for(3, 5, 10, 2300, 1800, 1200, &dl), 0);        /* expired: read what is there */
	type("c");
	CHECK_EQ(wait_for(3, 5, 10, 1000, 1000, 900, &dl), 0);         /* MIN reached */
	tty_flush_input(&t);
	CHECK_EQ(wait_for(3, 5, 10, 5000, 1000, 900, &dl), 1);         /* no byte: no timer yet */
	CHECK_EQ(dl, 0);
	t.t.c_cc[LINUX_VMIN] = 2;
	t.t.c_cc[LINUX_VTIME] = 0;
	type("a");
	CHECK(!tty_poll_readable(&t));          /* poll wants VMIN bytes when VTIME is 0 */
	type("b");
	CHECK(tty_poll_readable(&t));
}

static const struct unit_test tests[] = {
	{ "defaults", defaults },
	{ "canonical_line", canonical_line },
	{ "eof_char", eof_char },
	{ "erase_and_kill", erase_and_kill },
	{ "word_erase", word_erase },
	{ "tab_erase", tab_erase },
	{ "lnext_and_reprint", lnext_and_reprint },
	{ "echoprt", echoprt },
	{ "signals", signals },
	{ "input_mapping", input_mapping },
	{ "output", output },
	{ "echo_modes", echo_modes },
	{ "mode_switch", mode_switch },
	{ "vmin_vtime", vmin_vtime },
};

UNIT_MAIN("tty", tests)
