/*
 * /dev/console and /dev/tty: the line discipline over the PL011. A read
 * with no input yet returns VFS_PENDING, so fs0 parks the request and
 * retries it when the UART interrupt brings input (pending.c); poll says
 * when a read would not wait.
 */
#include "fs0.h"
#include "tty.h"
#include <linux_abi/ioctl.h>
#include <linux_abi/poll.h>

#define TTY_MAJOR       5
#define CONSOLE_MINOR   1
#define TTY_MINOR       0
#define IO_CHUNK        256

static struct tty console;

static void to_uart(const char *s, uint32_t n)
{
	uart_write(s, n);
}

static long console_read(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	char buf[IO_CHUNK];
	long got = tty_take(&console, buf, n < sizeof(buf) ? (u32)n : sizeof(buf));

	if (got < 0)
		return (f->flags & LINUX_O_NONBLOCK) ? -LINUX_EAGAIN : VFS_PENDING;
	return got ? vfs_io_copy_out(io, 0, buf, (size_t)got) : 0;
}

static long console_write(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	char buf[IO_CHUNK];
	size_t done = 0;

	while (done < n) {
		size_t chunk = n - done < sizeof(buf) ? n - done : sizeof(buf);
		long r = vfs_io_copy_in(io, done, buf, chunk);
		if (r <= 0)
			return done ? (long)done : r;
		tty_output(&console, buf, (u32)r);
		done += (size_t)r;
		if ((size_t)r < chunk)
			break;
	}
	return (long)done;
}

static long console_ioctl(struct vfs_file *f, uint32_t cmd, uint32_t arg, const struct vfs_io *mem)
{
	struct linux_termios t;
	u32 n;

	switch (cmd) {
	case LINUX_TCGETS:
		return vfs_io_copy_out(mem, 0, &console.t, sizeof(t)) == sizeof(t) ? 0 : -LINUX_EFAULT;
	case LINUX_TCSETS:
	case LINUX_TCSETSW:
	case LINUX_TCSETSF:
		if (vfs_io_copy_in(mem, 0, &t, sizeof(t)) != sizeof(t))
			return -LINUX_EFAULT;
		tty_set(&console, &t, cmd == LINUX_TCSETSF);
		pipes_changed = 1;      /* a new mode may let parked reads finish */
		return 0;
	case LINUX_TIOCGWINSZ:
		return vfs_io_copy_out(mem, 0, &console.ws, sizeof(console.ws)) == sizeof(console.ws)
			? 0 : -LINUX_EFAULT;
	case LINUX_TIOCSWINSZ:
		return vfs_io_copy_in(mem, 0, &console.ws, sizeof(console.ws)) == sizeof(console.ws)
			? 0 : -LINUX_EFAULT;
	case LINUX_FIONREAD:
		n = tty_readable(&console);
		return vfs_io_copy_out(mem, 0, &n, sizeof(n)) == sizeof(n) ? 0 : -LINUX_EFAULT;
	case LINUX_TCFLSH:
		if (arg > 2)
			return -LINUX_EINVAL;
		if (arg != 1)
			tty_set(&console, &console.t, 1);
		return 0;
	case LINUX_TCSBRK:
	case LINUX_TCXONC:
		return 0;
	}
	return -LINUX_ENOTTY;
}

/*
 * n_tty_poll: readable once input is available as input_available_p counts
 * it (canonical: a complete line or end of file; raw: VMIN bytes if VTIME
 * is 0 and VMIN is not, else one byte); output never waits.
 */
static uint32_t console_poll(struct vfs_file *f)
{
	uint32_t mask = LINUX_POLLOUT | LINUX_POLLWRNORM;
	uint32_t vmin = console.t.c_cc[LINUX_VMIN], vtime = console.t.c_cc[LINUX_VTIME];
	int ready;

	if (console.t.c_lflag & LINUX_ICANON)
		ready = console.nlines != 0;
	else
		ready = tty_readable(&console) >= (!vtime && vmin ? vmin : 1);
	return ready ? mask | LINUX_POLLIN | LINUX_POLLRDNORM : mask;
}

static const struct vfs_dev_ops console_ops = {
	.read = console_read,
	.write = console_write,
	.ioctl = console_ioctl,
	.poll = console_poll,
};

void console_input(const char *bytes, u32 n)
{
	tty_input(&console, bytes, n);
	pipes_changed = 1;
	retry_pending();
}

long console_init(void)
{
	tty_init(&console, to_uart);
	long err = vfs_dev_register(TTY_MAJOR, CONSOLE_MINOR, &console_ops);
	if (!err)
		err = vfs_dev_register(TTY_MAJOR, TTY_MINOR, &console_ops);
	return err;
}
