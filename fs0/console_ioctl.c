/*
 * The console's ioctls in tty_ioctl's order: a hung-up file answers EIO
 * (ENOTTY for TIOCSPGRP); the break requests check job control first;
 * then the terminal's own requests (window size, exclusive mode, line
 * discipline, TIOCSTI), job control (tty_jobctrl_ioctl), and n_tty's
 * (TIOCOUTQ, TIOCINQ, TCXONC, TCFLSH and the termios requests, the
 * changing ones after a job-control check). Unknown requests: -ENOTTY.
 * Generic file requests (FIONBIO, FIOCLEX, ...) never get here (fd.c).
 */
#include "console.h"
#include <linux_abi/ioctl.h>
#include <linux_abi/signal.h>

#define N_TTY           0
#define TTY_DEVNUM      ((64u & 0xff) | (204u << 8))    /* new_encode_dev(204, 64): ttyAMA0 */
#define TC_OFF          0       /* TCXONC: TCOOFF, TCOON, TCIOFF, TCION */
#define TC_ION          3
#define TC_IOFLUSH      2       /* TCFLSH: TCIFLUSH 0, TCOFLUSH 1, TCIOFLUSH 2 */

static long put_word(const struct vfs_io *mem, u32 v)
{
	return vfs_io_copy_out(mem, 0, &v, sizeof(v)) == sizeof(v) ? 0 : -LINUX_EFAULT;
}

static long get_word(const struct vfs_io *mem, u32 *v)
{
	return vfs_io_copy_in(mem, 0, v, sizeof(*v)) == sizeof(*v) ? 0 : -LINUX_EFAULT;
}

/* A job-control answer for an ioctl (jc_*), or 0 if mm0 itself asks. */
static struct jc_proc *caller(void)
{
	return call_ctx.fp ? &call_ctx.fp->jc : NULL;
}

/* tty_do_resize: a new size signals the foreground group. */
static long set_winsize(const struct vfs_io *mem)
{
	struct linux_winsize ws;

	if (vfs_io_copy_in(mem, 0, &ws, sizeof(ws)) != sizeof(ws))
		return -LINUX_EFAULT;
	if (!memcmp(&ws, &con.tty.ws, sizeof(ws)))
		return 0;
	if (con.ctl.pgrp)
		fs0_signal(-(s32)con.ctl.pgrp, LINUX_SIGWINCH);
	con.tty.ws = ws;
	return 0;
}

/* set_termios: job control before the copy; TCSETSF drops the input first. */
static long set_termios(uint32_t cmd, const struct vfs_io *mem)
{
	struct linux_termios t;
	long r = console_job_check(LINUX_SIGTTOU);

	if (r)
		return r;
	if (vfs_io_copy_in(mem, 0, &t, sizeof(t)) != sizeof(t))
		return -LINUX_EFAULT;
	if (cmd == LINUX_TCSETSF)
		tty_flush_input(&con.tty);
	tty_set(&con.tty, &t);
	console_changed();      /* a new mode may let parked reads finish */
	return 0;
}

/* TCFLSH and TCXONC: job control first, then arg at most max (-EINVAL). */
static long tc_check(uint32_t arg, uint32_t max)
{
	long r = console_job_check(LINUX_SIGTTOU);

	return r ? r : arg > max ? -LINUX_EINVAL : 0;
}

/* TCFLSH: input goes for TCIFLUSH and TCIOFLUSH (output is never queued). */
static long flush(uint32_t arg)
{
	long r = tc_check(arg, TC_IOFLUSH);

	if (!r && arg != 1)
		tty_flush_input(&con.tty);
	return r;
}

/* TCXONC: TCIOFF and TCION send the STOP and START characters; output is never stopped. */
static long flow(uint32_t arg)
{
	long r = tc_check(arg, TC_ION);

	if (!r && arg > TC_OFF + 1) {
		char c = (char)con.tty.t.c_cc[arg == TC_ION ? LINUX_VSTART : LINUX_VSTOP];
		if (c)
			con.tty.out(&c, 1);
	}
	return r;
}

/* TIOCSTI: a byte as if typed (root may). */
static long push_input(const struct vfs_io *mem)
{
	char c;

	if (vfs_io_copy_in(mem, 0, &c, 1) != 1)
		return -LINUX_EFAULT;
	tty_input(&con.tty, &c, 1);
	console_changed();
	return 0;
}

/* TIOCSETD: only N_TTY exists. */
static long set_ldisc(const struct vfs_io *mem)
{
	u32 disc;
	long r = get_word(mem, &disc);

	return r ? r : disc == N_TTY ? 0 : -LINUX_EINVAL;
}

/* TIOCSSOFTCAR: CLOCAL follows the argument. */
static long set_softcar(const struct vfs_io *mem)
{
	u32 on;
	long r = get_word(mem, &on);

	if (r)
		return r;
	con.tty.t.c_cflag = (con.tty.t.c_cflag & ~LINUX_CLOCAL) | (on ? LINUX_CLOCAL : 0);
	return 0;
}

/* TIOCSPGRP: the checks, the group, the change. */
static long set_pgrp(const struct vfs_io *mem)
{
	struct jc_proc *p = caller();
	u32 pgrp;
	long r = p ? jc_spgrp_check(&con.ctl, p) : -LINUX_ENOTTY;

	if (!r)
		r = get_word(mem, &pgrp);
	return r ? r : jc_spgrp(&con.ctl, p, (s32)pgrp);
}

/* TIOCGPGRP, TIOCGSID */
static long get_id(uint32_t cmd, const struct vfs_io *mem)
{
	struct jc_proc *p = caller();
	uint32_t id = 0;
	long r = !p ? -LINUX_ENOTTY : cmd == LINUX_TIOCGPGRP ? jc_gpgrp(&con.ctl, p, &id)
							     : jc_gsid(&con.ctl, p, &id);

	return r ? r : put_word(mem, id);
}

/* tty_jobctrl_ioctl's requests; -ENOIOCTLCMD for the others. */
static long jobctrl_ioctl(uint32_t cmd, uint32_t arg, const struct vfs_io *mem)
{
	struct jc_proc *p = caller();

	switch (cmd) {
	case LINUX_TIOCNOTTY:
		return p ? jc_notty(&con.ctl, p) : -LINUX_ENOTTY;
	case LINUX_TIOCSCTTY:
		return p ? jc_sctty(&con.ctl, p, arg) : -LINUX_EPERM;
	case LINUX_TIOCGPGRP:
	case LINUX_TIOCGSID:
		return get_id(cmd, mem);
	case LINUX_TIOCSPGRP:
		return set_pgrp(mem);
	}
	return -LINUX_ENOIOCTLCMD;
}

/* n_tty_ioctl and tty_mode_ioctl: -ENOTTY for what nobody knows. */
static long ldisc_ioctl(uint32_t cmd, uint32_t arg, const struct vfs_io *mem)
{
	switch (cmd) {
	case LINUX_TIOCOUTQ:
		return put_word(mem, 0);
	case LINUX_FIONREAD:
		return put_word(mem, tty_readable(&con.tty));
	case LINUX_TCXONC:
		return flow(arg);
	case LINUX_TCFLSH:
		return flush(arg);
	case LINUX_TCGETS:
		return vfs_io_copy_out(mem, 0, &con.tty.t, sizeof(con.tty.t)) == sizeof(con.tty.t)
			? 0 : -LINUX_EFAULT;
	case LINUX_TCSETS:
	case LINUX_TCSETSW:
	case LINUX_TCSETSF:
		return set_termios(cmd, mem);
	case LINUX_TIOCGSOFTCAR:
		return put_word(mem, (con.tty.t.c_cflag & LINUX_CLOCAL) ? 1 : 0);
	case LINUX_TIOCSSOFTCAR:
		return set_softcar(mem);
	}
	return -LINUX_ENOTTY;
}

/* The terminal's own requests; -ENOIOCTLCMD for the others. */
static long tty_own_ioctl(uint32_t cmd, const struct vfs_io *mem)
{
	switch (cmd) {
	case LINUX_TIOCSTI:
		return push_input(mem);
	case LINUX_TIOCGWINSZ:
		return vfs_io_copy_out(mem, 0, &con.tty.ws, sizeof(con.tty.ws)) == sizeof(con.tty.ws)
			? 0 : -LINUX_EFAULT;
	case LINUX_TIOCSWINSZ:
		return set_winsize(mem);
	case LINUX_TIOCEXCL:
	case LINUX_TIOCNXCL:
		con.exclusive = cmd == LINUX_TIOCEXCL;
		return 0;
	case LINUX_TIOCGEXCL:
		return put_word(mem, con.exclusive);
	case LINUX_TIOCGETD:
		return put_word(mem, N_TTY);
	case LINUX_TIOCSETD:
		return set_ldisc(mem);
	case LINUX_TIOCGDEV:
		return put_word(mem, TTY_DEVNUM);
	case LINUX_TIOCSBRK:
	case LINUX_TIOCCBRK:
	case LINUX_TCSBRK:
	case LINUX_TCSBRKP:
		return 0;       /* no break is sent */
	}
	return -LINUX_ENOIOCTLCMD;
}

/* The requests that check job control before anything else. */
static int checks_first(uint32_t cmd)
{
	return cmd == LINUX_TIOCSETD || cmd == LINUX_TIOCSBRK || cmd == LINUX_TIOCCBRK ||
	       cmd == LINUX_TCSBRK || cmd == LINUX_TCSBRKP;
}

long console_ioctl(struct vfs_file *f, uint32_t cmd, uint32_t arg, const struct vfs_io *mem)
{
	long r;

	if (console_hung_up(f))
		return cmd == LINUX_TIOCSPGRP ? -LINUX_ENOTTY : -LINUX_EIO;
	if (checks_first(cmd) && (r = console_job_check(LINUX_SIGTTOU)))
		return r;
	if ((r = tty_own_ioctl(cmd, mem)) != -LINUX_ENOIOCTLCMD)
		return r;
	if ((r = jobctrl_ioctl(cmd, arg, mem)) != -LINUX_ENOIOCTLCMD)
		return r;
	return ldisc_ioctl(cmd, arg, mem);
}
