/*
 * The line discipline; see tty.h. The structure follows n_tty.c: input
 * characters that no setting makes special are stored (and echoed);
 * special ones go through receive_special in n_tty's order (flow control,
 * signals, CR/NL mapping, then the canonical editing characters). Echo and
 * writes share output processing and the column. NUL is never special
 * (a c_cc entry of 0 is disabled).
 */
#include "tty.h"
#include <string.h>
#include <linux_abi/signal.h>

#define CTRL(c) ((c) & 0x1f)

/* ---- character classes (the kernel's ctype: Latin-1 C1 codes are controls) ---- */

static int is_cntrl(unsigned char c)
{
	return c < 32 || c == 127 || (c >= 128 && c < 160);
}

static int is_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* a UTF-8 continuation byte under IUTF8: no column of its own */
static int is_continuation(const struct tty *tty, unsigned char c)
{
	return (tty->t.c_iflag & LINUX_IUTF8) && (c & 0xc0) == 0x80;
}

static int lflag(const struct tty *tty, uint32_t bit) { return (tty->t.c_lflag & bit) != 0; }
static int iflag(const struct tty *tty, uint32_t bit) { return (tty->t.c_iflag & bit) != 0; }
static int oflag(const struct tty *tty, uint32_t bit) { return (tty->t.c_oflag & bit) != 0; }

/* c is the (enabled) control character cc[index] */
static int is_cc(const struct tty *tty, unsigned char c, int index)
{
	return c && c == tty->t.c_cc[index];
}

void tty_init(struct tty *tty, void (*out)(const char *s, uint32_t n), void (*isig)(int sig))
{
	static const uint8_t cc[LINUX_NCCS] = { CTRL('C'), CTRL('\\'), 0x7f, CTRL('U'), CTRL('D'), 0, 1, 0,
						CTRL('Q'), CTRL('S'), CTRL('Z'), 0, CTRL('R'), CTRL('O'),
						CTRL('W'), CTRL('V'), 0 };

	memset(tty, 0, sizeof(*tty));
	tty->out = out;
	tty->isig = isig;
	tty->t.c_iflag = LINUX_ICRNL | LINUX_IXON;
	tty->t.c_oflag = LINUX_OPOST | LINUX_ONLCR;
	tty->t.c_cflag = LINUX_B115200 | LINUX_CS8 | LINUX_CREAD | LINUX_HUPCL | LINUX_CLOCAL;
	tty->t.c_lflag = LINUX_ISIG | LINUX_ICANON | LINUX_ECHO | LINUX_ECHOE | LINUX_ECHOK |
			 LINUX_ECHOCTL | LINUX_ECHOKE | LINUX_IEXTEN;
	memcpy(tty->t.c_cc, cc, sizeof(cc));
	tty->ws.ws_row = 24;
	tty->ws.ws_col = 80;
}

/* ---- output ---- */

static void flush_out(struct tty *tty)
{
	if (tty->obuf_len)
		tty->out(tty->obuf, tty->obuf_len);
	tty->obuf_len = 0;
}

static void emit(struct tty *tty, const char *s, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		if (tty->obuf_len == TTY_OBUF_BYTES)
			flush_out(tty);
		tty->obuf[tty->obuf_len++] = s[i];
	}
}

static void emit_char(struct tty *tty, unsigned char c)
{
	char b = (char)c;

	emit(tty, &b, 1);
}

/* One byte of OPOST output processing (n_tty's do_output_char). */
static void output_char(struct tty *tty, unsigned char c)
{
	switch (c) {
	case '\n':
		if (oflag(tty, LINUX_ONLRET))
			tty->column = 0;
		if (oflag(tty, LINUX_ONLCR)) {
			tty->canon_column = tty->column = 0;
			emit(tty, "\r\n", 2);
			return;
		}
		tty->canon_column = tty->column;
		break;
	case '\r':
		if (oflag(tty, LINUX_ONOCR) && tty->column == 0)
			return;
		if (oflag(tty, LINUX_OCRNL)) {
			c = '\n';
			if (oflag(tty, LINUX_ONLRET))
				tty->canon_column = tty->column = 0;
			break;
		}
		tty->canon_column = tty->column = 0;
		break;
	case '\t': {
		uint32_t spaces = 8 - (tty->column & 7);
		tty->column += spaces;
		if ((tty->t.c_oflag & LINUX_TABDLY) == LINUX_XTABS) {
			emit(tty, "        ", spaces);
			return;
		}
		break;
	}
	case '\b':
		if (tty->column > 0)
			tty->column--;
		break;
	default:
		if (!is_cntrl(c)) {
			if (oflag(tty, LINUX_OLCUC) && c >= 'a' && c <= 'z')
				c = (unsigned char)(c - 'a' + 'A');
			if (!is_continuation(tty, c))
				tty->column++;
		}
	}
	emit_char(tty, c);
}

void tty_output(struct tty *tty, const char *s, uint32_t n)
{
	if (!oflag(tty, LINUX_OPOST)) {
		flush_out(tty);
		tty->out(s, n);
		return;
	}
	for (uint32_t i = 0; i < n; i++)
		output_char(tty, (unsigned char)s[i]);
	flush_out(tty);
}

/* ---- echo ---- */

/* A byte echoed as it is (n_tty's echo_char_raw): output processing if OPOST. */
static void echo_raw(struct tty *tty, unsigned char c)
{
	if (oflag(tty, LINUX_OPOST))
		output_char(tty, c);
	else
		emit_char(tty, c);
}

/* A character echoed as the user sees it: controls as ^X under ECHOCTL (not tab). */
static void echo_char(struct tty *tty, unsigned char c)
{
	if (lflag(tty, LINUX_ECHOCTL) && is_cntrl(c) && c != '\t') {
		emit_char(tty, '^');
		emit_char(tty, c ^ 0100);
		tty->column += 2;
		return;
	}
	echo_raw(tty, c);
}

/* ECHOPRT: close an erasure with "/" */
static void finish_erasing(struct tty *tty)
{
	if (tty->erasing) {
		echo_raw(tty, '/');
		tty->erasing = 0;
	}
}

/* The echo of a character being stored: the first of a line records its column. */
static void echo_stored(struct tty *tty, unsigned char c)
{
	finish_erasing(tty);
	if (lflag(tty, LINUX_ICANON) && tty->line_len == 0)
		tty->canon_column = tty->column;
	echo_char(tty, c);
}

static void backspace_erase(struct tty *tty)
{
	echo_raw(tty, '\b');
	echo_raw(tty, ' ');
	echo_raw(tty, '\b');
}

/* Erasing a tab: back to the column it started at, counted from the previous tab or the line start. */
static void erase_tab(struct tty *tty)
{
	uint32_t chars = 0;
	int after_tab = 0;

	for (uint32_t i = tty->line_len; i > 0; i--) {
		unsigned char c = (unsigned char)tty->line[i - 1];
		if (c == '\t') {
			after_tab = 1;
			break;
		}
		if (is_cntrl(c))
			chars += lflag(tty, LINUX_ECHOCTL) ? 2 : 0;
		else if (!is_continuation(tty, c))
			chars++;
	}
	if (!after_tab)
		chars += tty->canon_column;
	for (uint32_t n = 8 - (chars & 7); n; n--) {
		emit_char(tty, '\b');
		if (tty->column > 0)
			tty->column--;
	}
}

/* ---- storing input ---- */

static void push_in(struct tty *tty, const char *s, uint32_t n)
{
	for (uint32_t i = 0; i < n && tty->in_len < TTY_BUF_BYTES; i++, tty->in_len++)
		tty->in[(tty->in_head + tty->in_len) % TTY_BUF_BYTES] = s[i];
}

/* A character for the reader: the edited line (canonical) or the readable bytes. */
static void store(struct tty *tty, unsigned char c)
{
	if (!lflag(tty, LINUX_ICANON)) {
		char b = (char)c;
		push_in(tty, &b, 1);
	} else if (tty->line_len < TTY_BUF_BYTES - 1) {
		tty->line[tty->line_len++] = (char)c;
	}
}

/*
 * The edited line (plus c if keep: the newline, EOL or EOL2; not EOF)
 * becomes readable as one line. Without room it stays in editing and the
 * terminator is lost.
 */
static void end_line(struct tty *tty, unsigned char c, int keep)
{
	uint32_t len = tty->line_len + (keep ? 1 : 0);

	if (tty->nlines == TTY_MAX_LINES || tty->in_len + len > TTY_BUF_BYTES)
		return;
	if (keep)
		tty->line[tty->line_len] = (char)c;
	push_in(tty, tty->line, len);
	tty->lines[(tty->lines_head + tty->nlines++) % TTY_MAX_LINES] = len;
	tty->line_len = 0;
}

void tty_flush_input(struct tty *tty)
{
	tty->in_len = tty->line_len = tty->nlines = 0;
	tty->lnext = tty->erasing = 0;
}

/* ---- editing ---- */

enum erase_kind { ERASE, WERASE, KILL };

/* KILL when the echo cannot erase character by character: echo it, a newline if ECHOK. */
static void kill_line_echo(struct tty *tty, unsigned char c)
{
	tty->line_len = 0;
	finish_erasing(tty);
	echo_char(tty, c);
	if (lflag(tty, LINUX_ECHOK))
		echo_raw(tty, '\n');
}

/*
 * The echo of one erased character: its bytes are line[at..end) (already
 * cut off the line; more than one for a UTF-8 character under IUTF8).
 */
static void erase_echo(struct tty *tty, uint32_t at, uint32_t end, enum erase_kind kind)
{
	unsigned char c = (unsigned char)tty->line[at];

	if (lflag(tty, LINUX_ECHOPRT)) {
		if (!tty->erasing) {
			echo_raw(tty, '\\');
			tty->erasing = 1;
		}
		echo_char(tty, c);
		for (uint32_t i = at + 1; i < end; i++) {
			echo_raw(tty, (unsigned char)tty->line[i]);
			if (tty->column > 0)
				tty->column--;
		}
	} else if (kind == ERASE && !lflag(tty, LINUX_ECHOE)) {
		echo_char(tty, tty->t.c_cc[LINUX_VERASE]);
	} else if (c == '\t') {
		erase_tab(tty);
	} else {
		if (is_cntrl(c) && lflag(tty, LINUX_ECHOCTL))
			backspace_erase(tty);
		if (!is_cntrl(c) || lflag(tty, LINUX_ECHOCTL))
			backspace_erase(tty);
	}
}

/* ERASE, WERASE or KILL (n_tty's eraser). */
static void eraser(struct tty *tty, unsigned char c)
{
	enum erase_kind kind = is_cc(tty, c, LINUX_VERASE) ? ERASE :
			       is_cc(tty, c, LINUX_VWERASE) ? WERASE : KILL;
	uint32_t seen_alnums = 0;

	if (!tty->line_len)
		return;
	if (kind == KILL && !lflag(tty, LINUX_ECHO)) {
		tty->line_len = 0;
		return;
	}
	if (kind == KILL && (!lflag(tty, LINUX_ECHOK) || !lflag(tty, LINUX_ECHOKE) || !lflag(tty, LINUX_ECHOE))) {
		kill_line_echo(tty, c);
		return;
	}
	while (tty->line_len) {
		uint32_t head = tty->line_len;
		unsigned char e;
		do
			e = (unsigned char)tty->line[--head];
		while (is_continuation(tty, e) && head);
		if (is_continuation(tty, e))
			break;
		if (kind == WERASE) {
			if (is_alnum(e) || e == '_')
				seen_alnums++;
			else if (seen_alnums)
				break;
		}
		uint32_t end = tty->line_len;
		tty->line_len = head;
		if (lflag(tty, LINUX_ECHO))
			erase_echo(tty, head, end, kind);
		if (kind == ERASE)
			break;
	}
	if (!tty->line_len && lflag(tty, LINUX_ECHO))
		finish_erasing(tty);
}

/* REPRINT: the character, a newline, the line so far. */
static void reprint(struct tty *tty, unsigned char c)
{
	finish_erasing(tty);
	echo_char(tty, c);
	echo_raw(tty, '\n');
	for (uint32_t i = 0; i < tty->line_len; i++)
		echo_char(tty, (unsigned char)tty->line[i]);
}

/* INTR, QUIT, SUSP: flush unless NOFLSH, echo, signal the foreground group. */
static void signal_char(struct tty *tty, int sig, unsigned char c)
{
	if (!lflag(tty, LINUX_NOFLSH))
		tty_flush_input(tty);
	if (lflag(tty, LINUX_ECHO))
		echo_char(tty, c);
	flush_out(tty);
	if (tty->isig)
		tty->isig(sig);
}

/* ---- receiving ---- */

/* n_tty's raw flag: no setting processes input, bytes are stored as they come */
static int input_raw(const struct tty *tty)
{
	return !(tty->t.c_iflag & (LINUX_ISTRIP | LINUX_IUCLC | LINUX_IGNCR | LINUX_ICRNL | LINUX_INLCR |
				   LINUX_IXON | LINUX_PARMRK)) &&
	       !(tty->t.c_lflag & (LINUX_ICANON | LINUX_ISIG | LINUX_ECHO));
}

/* n_tty's char_map: the characters the settings make special */
static int is_special(const struct tty *tty, unsigned char c)
{
	if (!c)
		return 0;
	if ((c == '\r' && (iflag(tty, LINUX_IGNCR) || iflag(tty, LINUX_ICRNL))) ||
	    (c == '\n' && iflag(tty, LINUX_INLCR)))
		return 1;
	if (lflag(tty, LINUX_ICANON)) {
		if (is_cc(tty, c, LINUX_VERASE) || is_cc(tty, c, LINUX_VKILL) || is_cc(tty, c, LINUX_VEOF) ||
		    c == '\n' || is_cc(tty, c, LINUX_VEOL))
			return 1;
		if (lflag(tty, LINUX_IEXTEN) &&
		    (is_cc(tty, c, LINUX_VWERASE) || is_cc(tty, c, LINUX_VLNEXT) || is_cc(tty, c, LINUX_VEOL2) ||
		     (lflag(tty, LINUX_ECHO) && is_cc(tty, c, LINUX_VREPRINT))))
			return 1;
	}
	if (iflag(tty, LINUX_IXON) && (is_cc(tty, c, LINUX_VSTART) || is_cc(tty, c, LINUX_VSTOP)))
		return 1;
	return lflag(tty, LINUX_ISIG) &&
	       (is_cc(tty, c, LINUX_VINTR) || is_cc(tty, c, LINUX_VQUIT) || is_cc(tty, c, LINUX_VSUSP));
}

/* An ordinary character: echoed and stored. */
static void receive_normal(struct tty *tty, unsigned char c)
{
	if (lflag(tty, LINUX_ECHO))
		echo_stored(tty, c);
	store(tty, c);
}

/* The signal an ISIG character raises, or 0. */
static int isig_of(const struct tty *tty, unsigned char c)
{
	if (!lflag(tty, LINUX_ISIG))
		return 0;
	return is_cc(tty, c, LINUX_VINTR) ? LINUX_SIGINT : is_cc(tty, c, LINUX_VQUIT) ? LINUX_SIGQUIT :
	       is_cc(tty, c, LINUX_VSUSP) ? LINUX_SIGTSTP : 0;
}

/* Canonical mode's characters: 1 if c was one of them (and is handled). */
static int receive_canonical(struct tty *tty, unsigned char c)
{
	int echo = lflag(tty, LINUX_ECHO), iexten = lflag(tty, LINUX_IEXTEN);

	if (is_cc(tty, c, LINUX_VERASE) || is_cc(tty, c, LINUX_VKILL) || (is_cc(tty, c, LINUX_VWERASE) && iexten)) {
		eraser(tty, c);
	} else if (is_cc(tty, c, LINUX_VLNEXT) && iexten) {
		tty->lnext = 1;
		if (echo) {
			finish_erasing(tty);
			if (lflag(tty, LINUX_ECHOCTL)) {
				echo_raw(tty, '^');
				echo_raw(tty, '\b');
			}
		}
	} else if (is_cc(tty, c, LINUX_VREPRINT) && echo && iexten) {
		reprint(tty, c);
	} else if (c == '\n') {
		if (echo || lflag(tty, LINUX_ECHONL))
			echo_raw(tty, '\n');
		end_line(tty, c, 1);
	} else if (is_cc(tty, c, LINUX_VEOF)) {
		end_line(tty, c, 0);    /* alone on a line: a read of 0 (end of file) */
	} else if (is_cc(tty, c, LINUX_VEOL) || (is_cc(tty, c, LINUX_VEOL2) && iexten)) {
		if (echo) {
			if (!tty->line_len)
				tty->canon_column = tty->column;
			echo_char(tty, c);
		}
		end_line(tty, c, 1);
	} else {
		return 0;
	}
	return 1;
}

/* A special character (n_tty_receive_char_special). */
static void receive_special(struct tty *tty, unsigned char c)
{
	int sig = isig_of(tty, c);

	if (iflag(tty, LINUX_IXON) && (is_cc(tty, c, LINUX_VSTART) || is_cc(tty, c, LINUX_VSTOP)))
		return;         /* flow control: taken out of the input */
	if (sig) {
		signal_char(tty, sig, c);
		return;
	}
	if (c == '\r') {
		if (iflag(tty, LINUX_IGNCR))
			return;
		if (iflag(tty, LINUX_ICRNL))
			c = '\n';
	} else if (c == '\n' && iflag(tty, LINUX_INLCR)) {
		c = '\r';
	}
	if (lflag(tty, LINUX_ICANON) && receive_canonical(tty, c))
		return;
	if (lflag(tty, LINUX_ECHO)) {
		if (c == '\n') {
			finish_erasing(tty);
			echo_raw(tty, '\n');
		} else {
			echo_stored(tty, c);
		}
	}
	store(tty, c);
}

void tty_input(struct tty *tty, const char *bytes, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)bytes[i];
		if (input_raw(tty)) {
			push_in(tty, (const char *)&c, 1);
			continue;
		}
		if (iflag(tty, LINUX_ISTRIP))
			c &= 0x7f;
		if (iflag(tty, LINUX_IUCLC) && lflag(tty, LINUX_IEXTEN) && c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		if (tty->lnext) {
			tty->lnext = 0;
			receive_normal(tty, c);
		} else if (is_special(tty, c)) {
			receive_special(tty, c);
		} else {
			receive_normal(tty, c);
		}
	}
	flush_out(tty);
}

/* ---- reading ---- */

uint32_t tty_readable(const struct tty *tty)
{
	return tty->in_len;
}

int tty_poll_readable(const struct tty *tty)
{
	uint32_t vmin = tty->t.c_cc[LINUX_VMIN], vtime = tty->t.c_cc[LINUX_VTIME];

	if (lflag(tty, LINUX_ICANON))
		return tty->nlines != 0;
	return tty->in_len >= (!vtime && vmin ? vmin : 1);
}

long tty_read_size(const struct tty *tty, uint32_t n)
{
	uint32_t avail = tty->in_len;

	if (lflag(tty, LINUX_ICANON)) {
		if (!tty->nlines)
			return -1;
		avail = tty->lines[tty->lines_head];
	}
	return n < avail ? n : avail;
}

void tty_peek(const struct tty *tty, uint32_t off, char *dst, uint32_t count)
{
	for (uint32_t i = 0; i < count; i++)
		dst[i] = tty->in[(tty->in_head + off + i) % TTY_BUF_BYTES];
}

void tty_consume(struct tty *tty, uint32_t count)
{
	tty->in_head = (tty->in_head + count) % TTY_BUF_BYTES;
	tty->in_len -= count;
	if (!lflag(tty, LINUX_ICANON) || !tty->nlines)
		return;
	uint32_t *first = &tty->lines[tty->lines_head];
	*first -= count;
	if (!*first) {          /* that line is consumed (or was an end of file) */
		tty->lines_head = (tty->lines_head + 1) % TTY_MAX_LINES;
		tty->nlines--;
	}
}

int tty_raw_wait(const struct tty *tty, uint32_t n, uint64_t now, uint64_t start,
		 uint64_t last_input, uint64_t ticks_ds, uint64_t *deadline)
{
	uint32_t vmin = tty->t.c_cc[LINUX_VMIN], vtime = tty->t.c_cc[LINUX_VTIME];
	uint32_t avail = tty->in_len;

	*deadline = 0;
	if (!vmin) {            /* a timer from the start of the read; any byte ends it */
		if (avail || !vtime)
			return 0;
		*deadline = start + vtime * ticks_ds;
		return now < *deadline;
	}
	if (avail >= (vmin < n ? vmin : n))
		return 0;
	if (vtime && avail) {   /* an inter-byte timer, from the last byte (or the read's start) */
		*deadline = (last_input > start ? last_input : start) + vtime * ticks_ds;
		return now < *deadline;
	}
	return 1;
}

/* ---- settings ---- */

void tty_set(struct tty *tty, const struct linux_termios *t)
{
	int was_canon = lflag(tty, LINUX_ICANON);

	tty->t = *t;
	if (was_canon == lflag(tty, LINUX_ICANON))
		return;
	tty->lnext = tty->erasing = 0;
	if (was_canon) {        /* the edited line and every line become raw bytes */
		push_in(tty, tty->line, tty->line_len);
		tty->line_len = tty->nlines = 0;
	} else {                /* what is there becomes one line, readable at once */
		tty->nlines = tty->in_len ? 1 : 0;
		tty->lines[tty->lines_head] = tty->in_len;
	}
}
