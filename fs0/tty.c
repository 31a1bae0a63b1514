/*
 * The line discipline; see tty.h. Echo goes through the same output
 * processing as writes. Control characters echo as ^X under ECHOCTL.
 * Signals from ISIG characters come with job control (issue 5): until
 * then ^C, ^\ and ^Z are dropped from the input.
 */
#include "tty.h"
#include <string.h>

#define CTRL(c) ((c) & 0x1f)

void tty_init(struct tty *tty, void (*out)(const char *s, uint32_t n))
{
	memset(tty, 0, sizeof(*tty));
	tty->out = out;
	tty->t.c_iflag = LINUX_ICRNL | LINUX_IXON;
	tty->t.c_oflag = LINUX_OPOST | LINUX_ONLCR;
	tty->t.c_cflag = LINUX_B115200 | LINUX_CS8 | LINUX_CREAD | LINUX_HUPCL | LINUX_CLOCAL;
	tty->t.c_lflag = LINUX_ISIG | LINUX_ICANON | LINUX_ECHO | LINUX_ECHOE | LINUX_ECHOK |
			 LINUX_ECHOCTL | LINUX_ECHOKE | LINUX_IEXTEN;
	static const uint8_t cc[LINUX_NCCS] = { CTRL('C'), CTRL('\\'), 0x7f, CTRL('U'), CTRL('D'), 0, 1, 0,
						CTRL('Q'), CTRL('S'), CTRL('Z'), 0, CTRL('R'), CTRL('O'),
						CTRL('W'), CTRL('V'), 0 };
	memcpy(tty->t.c_cc, cc, sizeof(cc));
	tty->ws.ws_row = 24;
	tty->ws.ws_col = 80;
}

void tty_output(struct tty *tty, const char *s, uint32_t n)
{
	if (!(tty->t.c_oflag & LINUX_OPOST) || !(tty->t.c_oflag & LINUX_ONLCR)) {
		tty->out(s, n);
		return;
	}
	uint32_t start = 0;
	for (uint32_t i = 0; i < n; i++) {
		if (s[i] != '\n')
			continue;
		tty->out(s + start, i - start);
		tty->out("\r\n", 2);
		start = i + 1;
	}
	tty->out(s + start, n - start);
}

static void echo(struct tty *tty, char c)
{
	if (!(tty->t.c_lflag & LINUX_ECHO)) {
		if (c == '\n' && (tty->t.c_lflag & LINUX_ECHONL))
			tty_output(tty, "\n", 1);
		return;
	}
	if ((tty->t.c_lflag & LINUX_ECHOCTL) && (unsigned char)c < 32 && c != '\n' && c != '\t') {
		char ctl[2] = { '^', (char)(c + 64) };
		tty_output(tty, ctl, 2);
		return;
	}
	tty_output(tty, &c, 1);
}

static void push(struct tty *tty, const char *s, uint32_t n)
{
	for (uint32_t i = 0; i < n && tty->in_len < TTY_BUF_BYTES; i++, tty->in_len++)
		tty->in[(tty->in_head + tty->in_len) % TTY_BUF_BYTES] = s[i];
}

/* Erases the last character of the line (and its echo). */
static void erase_one(struct tty *tty)
{
	if (!tty->line_len)
		return;
	char c = tty->line[--tty->line_len];
	if (!(tty->t.c_lflag & LINUX_ECHO) || !(tty->t.c_lflag & LINUX_ECHOE))
		return;
	int width = ((unsigned char)c < 32 && (tty->t.c_lflag & LINUX_ECHOCTL)) ? 2 : 1;
	while (width--)
		tty->out("\b \b", 3);
}

static void erase_word(struct tty *tty)
{
	while (tty->line_len && tty->line[tty->line_len - 1] == ' ')
		erase_one(tty);
	while (tty->line_len && tty->line[tty->line_len - 1] != ' ')
		erase_one(tty);
}

/* Moves the edited line (plus c if keep) to the readable bytes as one line. */
static void end_line(struct tty *tty, char c, int keep)
{
	if (tty->nlines == TTY_MAX_LINES)
		return;                 /* too many unread lines: the line stays in editing */
	if (keep)
		tty->line[tty->line_len++] = c;
	push(tty, tty->line, tty->line_len);
	tty->lines[(tty->lines_head + tty->nlines++) % TTY_MAX_LINES] = tty->line_len;
	tty->line_len = 0;
}

/* One character in canonical mode. */
static void canonical(struct tty *tty, char c)
{
	const uint8_t *cc = tty->t.c_cc;

	if ((unsigned char)c == cc[LINUX_VERASE] || c == '\b') {
		erase_one(tty);
	} else if ((unsigned char)c == cc[LINUX_VKILL]) {
		while (tty->line_len)
			erase_one(tty);
	} else if ((unsigned char)c == cc[LINUX_VWERASE] && (tty->t.c_lflag & LINUX_IEXTEN)) {
		erase_word(tty);
	} else if ((unsigned char)c == cc[LINUX_VEOF]) {
		end_line(tty, c, 0);    /* on an empty line: a read of 0 (end of file) */
	} else if (c == '\n' || (cc[LINUX_VEOL] && (unsigned char)c == cc[LINUX_VEOL])) {
		echo(tty, c);
		end_line(tty, c, 1);
	} else if (tty->line_len < TTY_BUF_BYTES - 1) {
		tty->line[tty->line_len++] = c;
		echo(tty, c);
	}
}

static int is_signal_char(const struct tty *tty, char c)
{
	const uint8_t *cc = tty->t.c_cc;

	return (tty->t.c_lflag & LINUX_ISIG) && c &&
	       ((unsigned char)c == cc[LINUX_VINTR] || (unsigned char)c == cc[1] ||
		(unsigned char)c == cc[10]);    /* VQUIT, VSUSP */
}

void tty_input(struct tty *tty, const char *bytes, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		char c = bytes[i];
		if (tty->t.c_iflag & LINUX_ISTRIP)
			c &= 0x7f;
		if (c == '\r') {
			if (tty->t.c_iflag & LINUX_IGNCR)
				continue;
			if (tty->t.c_iflag & LINUX_ICRNL)
				c = '\n';
		} else if (c == '\n' && (tty->t.c_iflag & LINUX_INLCR)) {
			c = '\r';
		}
		if (is_signal_char(tty, c))
			continue;
		if (tty->t.c_lflag & LINUX_ICANON) {
			canonical(tty, c);
		} else {
			push(tty, &c, 1);
			echo(tty, c);
		}
	}
}

uint32_t tty_readable(const struct tty *tty)
{
	return tty->in_len;
}

static uint32_t take_bytes(struct tty *tty, char *dst, uint32_t n)
{
	uint32_t got = 0;

	for (; got < n && tty->in_len; got++) {
		dst[got] = tty->in[tty->in_head];
		tty->in_head = (tty->in_head + 1) % TTY_BUF_BYTES;
		tty->in_len--;
	}
	return got;
}

long tty_take(struct tty *tty, char *dst, uint32_t n)
{
	if (tty->t.c_lflag & LINUX_ICANON) {
		if (!tty->nlines)
			return -1;
		uint32_t *first = &tty->lines[tty->lines_head];
		uint32_t got = take_bytes(tty, dst, n < *first ? n : *first);
		*first -= got;
		if (!*first) {          /* that line is consumed (or was an end of file) */
			tty->lines_head = (tty->lines_head + 1) % TTY_MAX_LINES;
			tty->nlines--;
		}
		return got;
	}
	uint32_t vmin = tty->t.c_cc[LINUX_VMIN];
	if (tty->in_len < (vmin < n ? vmin : n))
		return -1;
	return take_bytes(tty, dst, n);
}

void tty_set(struct tty *tty, const struct linux_termios *t, int flush_input)
{
	int was_canon = (tty->t.c_lflag & LINUX_ICANON) != 0;

	tty->t = *t;
	if (flush_input) {
		tty->in_len = tty->line_len = tty->nlines = 0;
		return;
	}
	if (was_canon && !(t->c_lflag & LINUX_ICANON)) {
		push(tty, tty->line, tty->line_len);    /* the partial line becomes readable */
		tty->line_len = tty->nlines = 0;
	}
}
