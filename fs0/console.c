/*
 * The console devices (see console.h): opening (a controlling terminal
 * for a session leader), reading (a line in canonical mode, VMIN/VTIME
 * in raw mode, SIGTTIN for a background reader), writing (output
 * processing, SIGTTOU under TOSTOP), poll, the UART's input, and the
 * hang-up when the session leader that owns the terminal exits. A read
 * that must wait returns VFS_PENDING and fs0 parks it (pending.c) until
 * input, a deadline or a change of mode.
 */
#include "console.h"
#include <clock.h>
#include <linux_abi/poll.h>
#include <linux_abi/signal.h>

#define TTY_MAJOR       5
#define TTY_MINOR       0       /* /dev/tty */
#define CONSOLE_MINOR   1       /* /dev/console */
#define AMA_MAJOR       204     /* /dev/ttyAMA0, the PL011 */
#define AMA_MINOR       64
#define IO_CHUNK        256
#define HUNG_UP_POLL    (LINUX_POLLIN | LINUX_POLLOUT | LINUX_POLLERR | LINUX_POLLHUP | \
			 LINUX_POLLRDNORM | LINUX_POLLWRNORM)

struct console con;

static void to_uart(const char *s, uint32_t n)
{
	uart_write(s, n);
}

/* An ISIG character: the foreground group gets the signal (the input is flushed already). */
static void isig(int sig)
{
	if (con.ctl.pgrp)
		fs0_signal(-(s32)con.ctl.pgrp, (u32)sig);
	console_changed();
}

int console_redirected(const struct vfs_file *f)
{
	uint32_t major, minor;

	vfs_file_rdev(f, &major, &minor);
	return major == TTY_MAJOR && minor == CONSOLE_MINOR;
}

int console_hung_up(const struct vfs_file *f)
{
	return !console_redirected(f) && (u32)(uintptr_t)f->priv != con.hangups;
}

long console_job_check(u32 sig)
{
	struct fsproc *fp = call_ctx.fp;

	return fp && !call_ctx.retry ? jc_check(&con.ctl, &fp->jc, sig) : 0;
}

void console_changed(void)
{
	pipes_changed = 1;
}

/*
 * tty_open: /dev/tty is the caller's controlling terminal (-ENXIO if it
 * has none); an open of another node but /dev/console without O_NOCTTY
 * may make the terminal the caller's.
 */
static long console_open(struct vfs_file *f)
{
	struct fsproc *fp = call_ctx.fp;
	uint32_t major, minor;

	vfs_file_rdev(f, &major, &minor);
	if (major == TTY_MAJOR && minor == TTY_MINOR && (!fp || !fp->jc.ctty))
		return -LINUX_ENXIO;
	f->priv = (void *)(uintptr_t)con.hangups;
	if (fp && !(f->flags & LINUX_O_NOCTTY) && !console_redirected(f))
		jc_open(&con.ctl, &fp->jc, (f->mode & VFS_FMODE_READ) != 0);
	return 0;
}

/* Copies up to size readable bytes out and takes those copied: the count, or -EFAULT. */
static long copy_input(const struct vfs_io *io, u32 size)
{
	char buf[IO_CHUNK];
	u32 done = 0;

	while (done < size) {
		u32 chunk = size - done < IO_CHUNK ? size - done : IO_CHUNK;
		tty_peek(&con.tty, done, buf, chunk);
		long c = vfs_io_copy_out(io, done, buf, chunk);
		if (c <= 0)
			break;
		done += (u32)c;
		if ((u32)c < chunk)
			break;
	}
	if (!done && size)
		return -LINUX_EFAULT;
	tty_consume(&con.tty, done);
	return done;
}

/* Canonical: the first line (or what fits of it), 0 at end of file; waits for a line. */
static long canon_read(const struct vfs_io *io, u32 n)
{
	long size = tty_read_size(&con.tty, n);

	return size < 0 ? VFS_PENDING : copy_input(io, (u32)size);
}

/*
 * Raw: VMIN/VTIME decide (tty_raw_wait); a non-blocking or interrupted
 * read takes what is there rather than wait for more.
 */
static long raw_read(const struct vfs_file *f, const struct vfs_io *io, u32 n)
{
	u64 deadline, ticks_ds = clock_ns_to_ticks(NSEC_PER_SEC / 10);
	int urgent = (f->flags & LINUX_O_NONBLOCK) || call_ctx.interrupted;

	if (tty_raw_wait(&con.tty, n, read_cntvct(), call_ctx.start, con.input_ticks, ticks_ds, &deadline) &&
	    !(urgent && tty_readable(&con.tty))) {
		call_ctx.deadline = deadline;
		return VFS_PENDING;
	}
	return copy_input(io, (u32)tty_read_size(&con.tty, n));
}

/*
 * n_tty_read: a hung-up file reads end of file; job control first (not on
 * /dev/console); a read that was waiting when the terminal hung up ends
 * with 0 (TTY_HUPPING).
 */
static long console_read(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	u32 want = n < TTY_BUF_BYTES ? (u32)n : TTY_BUF_BYTES;
	long r;

	if (console_hung_up(f))
		return 0;
	if (!console_redirected(f) && (r = console_job_check(LINUX_SIGTTIN)))
		return r;
	if (!call_ctx.retry) {
		call_ctx.word = con.hangups;
		call_ctx.start = read_cntvct();
	} else if (call_ctx.word != con.hangups) {
		return 0;
	}
	if (!want)
		return 0;
	return (con.tty.t.c_lflag & LINUX_ICANON) ? canon_read(io, want) : raw_read(f, io, want);
}

/* n_tty_write: EIO once hung up; under TOSTOP a background writer is stopped (not on /dev/console). */
static long console_write(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	char buf[IO_CHUNK];
	size_t done = 0;
	long r;

	if (console_hung_up(f))
		return -LINUX_EIO;
	if ((con.tty.t.c_lflag & LINUX_TOSTOP) && !console_redirected(f) &&
	    (r = console_job_check(LINUX_SIGTTOU)))
		return r;
	while (done < n) {
		size_t chunk = n - done < sizeof(buf) ? n - done : sizeof(buf);
		r = vfs_io_copy_in(io, done, buf, chunk);
		if (r <= 0)
			return done ? (long)done : r;
		tty_output(&con.tty, buf, (u32)r);
		done += (size_t)r;
		if ((size_t)r < chunk)
			break;
	}
	return (long)done;
}

/* n_tty_poll; output never waits. */
static uint32_t console_poll(struct vfs_file *f)
{
	uint32_t mask = LINUX_POLLOUT | LINUX_POLLWRNORM;

	if (console_hung_up(f))
		return HUNG_UP_POLL;
	return tty_poll_readable(&con.tty) ? mask | LINUX_POLLIN | LINUX_POLLRDNORM : mask;
}

static const struct vfs_dev_ops console_ops = {
	.open = console_open,
	.read = console_read,
	.write = console_write,
	.ioctl = console_ioctl,
	.poll = console_poll,
};

void console_input(const char *bytes, u32 n)
{
	con.input_ticks = read_cntvct();
	tty_input(&con.tty, bytes, n);
	console_changed();
	retry_pending();
}

/*
 * The session leader exits: if the terminal was its session's, it hangs
 * up: input is dropped, its /dev/tty and /dev/ttyAMA0 files are hung up,
 * reads waiting on /dev/console see end of file.
 */
void console_proc_exit(struct fsproc *fp)
{
	if (!jc_exit(&con.ctl, &fp->jc))
		return;
	con.hangups++;
	tty_flush_input(&con.tty);
	console_changed();
}

long console_init(void)
{
	tty_init(&con.tty, to_uart, isig);
	long err = vfs_dev_register(TTY_MAJOR, CONSOLE_MINOR, &console_ops);
	if (!err)
		err = vfs_dev_register(TTY_MAJOR, TTY_MINOR, &console_ops);
	if (!err)
		err = vfs_dev_register(AMA_MAJOR, AMA_MINOR, &console_ops);
	return err;
}
