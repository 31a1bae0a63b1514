/*
 * The tty line discipline (Linux's n_tty, the parts a console needs):
 * canonical mode with echo, erase, word erase and kill, ^D as end of file;
 * raw mode with VMIN; ICRNL/INLCR/IGNCR on input, ONLCR on output. Pure
 * logic over byte buffers: the console device and the UART driver connect
 * it to the world; host-tested.
 */
#ifndef FS0_TTY_H
#define FS0_TTY_H

#include <stdint.h>
#include <stddef.h>
#include <linux_abi/termios.h>

#define TTY_BUF_BYTES 4096
#define TTY_MAX_LINES 64

struct tty {
	struct linux_termios t;
	struct linux_winsize ws;
	char line[TTY_BUF_BYTES];       /* canonical mode: the line being edited */
	uint32_t line_len;
	char in[TTY_BUF_BYTES];         /* bytes a read may take (ring) */
	uint32_t in_head, in_len;
	/* canonical: lengths of the complete lines in `in`, oldest first (0: an end of file) */
	uint32_t lines[TTY_MAX_LINES];
	uint32_t lines_head, nlines;
	void (*out)(const char *s, uint32_t n);   /* to the device */
};

/* Linux's default termios for a console (tty_std_termios, 115200 baud). */
void tty_init(struct tty *tty, void (*out)(const char *s, uint32_t n));
/* Received bytes: line editing, echo. */
void tty_input(struct tty *tty, const char *bytes, uint32_t n);
/* Bytes a read may return now (FIONREAD). */
uint32_t tty_readable(const struct tty *tty);
/*
 * Takes up to n bytes for a read into dst: the count, 0 for end of file
 * (^D), or -1 if the read must wait (canonical: no complete line; raw: fewer
 * than VMIN bytes).
 */
long tty_take(struct tty *tty, char *dst, uint32_t n);
/* Output processing (OPOST/ONLCR) of n bytes, sent to tty->out. */
void tty_output(struct tty *tty, const char *s, uint32_t n);
/* New settings; flush_input for TCSETSF. */
void tty_set(struct tty *tty, const struct linux_termios *t, int flush_input);

#endif
