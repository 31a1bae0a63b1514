/*
 * The tty line discipline: Linux's n_tty, the parts a serial console
 * needs, as pure logic over byte buffers (host-tested in
 * tests/host/test_tty.c; fs0/console.c connects it to the UART, to job
 * control and to the read and write calls).
 *
 * Input: ISTRIP, IUCLC, IGNCR/ICRNL/INLCR; IXON's START and STOP
 * characters are taken out of the input (output is never held back);
 * ISIG's INTR, QUIT and SUSP call tty->isig and flush the input unless
 * NOFLSH; canonical editing with ERASE, KILL, WERASE (Linux's ALTWERASE
 * rule), LNEXT, REPRINT, EOF, EOL and EOL2, echoed as n_tty echoes (ECHO,
 * ECHOE, ECHOK, ECHOKE, ECHONL, ECHOCTL, ECHOPRT, tab erasure by column).
 * Output (writes and echo): OPOST with ONLCR, OCRNL, ONOCR, ONLRET, OLCUC
 * and XTABS, keeping the column as n_tty does.
 * Reading: canonical mode gives one line at a time (^D ends a line
 * without itself; alone it is end of file); raw mode follows VMIN/VTIME
 * (tty_raw_wait says whether a read waits and until when).
 */
#ifndef FS0_TTY_H
#define FS0_TTY_H

#include <stdint.h>
#include <stddef.h>
#include <linux_abi/termios.h>

#define TTY_BUF_BYTES 4096
#define TTY_MAX_LINES 64
#define TTY_OBUF_BYTES 128

struct tty {
	struct linux_termios t;
	struct linux_winsize ws;
	char line[TTY_BUF_BYTES];       /* canonical: the line being edited */
	uint32_t line_len;
	char in[TTY_BUF_BYTES];         /* bytes a read may take (ring) */
	uint32_t in_head, in_len;
	/* canonical: lengths of the complete lines in `in`, oldest first (0: an end of file) */
	uint32_t lines[TTY_MAX_LINES];
	uint32_t lines_head, nlines;
	uint32_t column;                /* output column (n_tty's ldata->column) */
	uint32_t canon_column;          /* the column the edited line began at */
	uint8_t lnext;                  /* LNEXT seen: the next character is literal */
	uint8_t erasing;                /* ECHOPRT: "\" printed, "/" still due */
	char obuf[TTY_OBUF_BYTES];      /* output gathered before tty->out */
	uint32_t obuf_len;
	void (*out)(const char *s, uint32_t n);   /* to the device */
	void (*isig)(int sig);          /* an ISIG character: signal the foreground group */
};

/* Linux's default termios for a console (tty_std_termios, 115200 baud), 24x80. */
void tty_init(struct tty *tty, void (*out)(const char *s, uint32_t n), void (*isig)(int sig));
/* Received bytes: signals, line editing, echo. */
void tty_input(struct tty *tty, const char *bytes, uint32_t n);
/* Bytes a read could take now (FIONREAD: complete lines in canonical mode). */
uint32_t tty_readable(const struct tty *tty);
/* Whether poll says readable (n_tty_poll: a line or EOF; raw: VMIN bytes if VTIME is 0). */
int tty_poll_readable(const struct tty *tty);
/*
 * The bytes a read of up to n would take now: canonical, -1 while no line
 * is complete, else from the first line (0: end of file); raw, up to n of
 * what is there (whether a raw read waits is tty_raw_wait's question).
 */
long tty_read_size(const struct tty *tty, uint32_t n);
/* Copies count readable bytes from offset off into dst, taking nothing. */
void tty_peek(const struct tty *tty, uint32_t off, char *dst, uint32_t count);
/* Takes count bytes (canonical: of the first line, which goes once all of it is taken). */
void tty_consume(struct tty *tty, uint32_t count);
/*
 * VMIN/VTIME for a raw read of n bytes (n_tty_read): 1 if it must wait,
 * with *deadline the counter value at which it stops waiting (0: none),
 * 0 if it reads now (perhaps nothing: VMIN 0). Times are counter values:
 * now, the read's start and the last input; ticks_ds is a tenth of a second.
 */
int tty_raw_wait(const struct tty *tty, uint32_t n, uint64_t now, uint64_t start,
		 uint64_t last_input, uint64_t ticks_ds, uint64_t *deadline);
/* Output processing (OPOST) of n bytes, sent to tty->out. */
void tty_output(struct tty *tty, const char *s, uint32_t n);
/* New settings (n_tty_set_termios: switching ICANON turns what is there into a line or raw bytes). */
void tty_set(struct tty *tty, const struct linux_termios *t);
/* Drops all input, complete and edited (TCIFLUSH). */
void tty_flush_input(struct tty *tty);

#endif
