/*
 * The console terminal: the PL011's line discipline (tty.h) with its job
 * control (jobctl.h), shared by console.c (devices, reading, writing,
 * input, hang-up) and console_ioctl.c.
 *
 * One terminal, three device nodes: /dev/ttyAMA0 (204, 64) is the
 * terminal itself; /dev/tty (5, 0) is the caller's controlling terminal;
 * /dev/console (5, 1) is Linux's console: its opens never acquire a
 * controlling terminal, its reads and writes never stop a background
 * process (n_tty's "don't stop on /dev/console"), and a hang-up leaves
 * its files open. Files of the other two nodes are hung up with the
 * terminal (reads see end of file, the rest EIO).
 */
#ifndef FS0_CONSOLE_H
#define FS0_CONSOLE_H

#include "fs0.h"
#include "tty.h"

struct console {
	struct tty tty;
	struct jc_tty ctl;              /* session, foreground group */
	u32 hangups;                    /* hang-ups so far: a file opened before one is hung up */
	u64 input_ticks;                /* counter value when input last arrived (VTIME) */
	u32 exclusive;                  /* TIOCEXCL (root opens anyway) */
};

extern struct console con;

/* The file was opened as /dev/console. */
int console_redirected(const struct vfs_file *f);
/* The file was hung up (a /dev/tty or /dev/ttyAMA0 file opened before the last hang-up). */
int console_hung_up(const struct vfs_file *f);
/*
 * A job-control check for the caller (jc_check: 0, -EIO, -ERESTARTSYS)
 * on a first run only: n_tty checks when a call starts, not after it waited.
 */
long console_job_check(u32 sig);
/* The terminal changed: parked reads and polls look again. */
void console_changed(void);

/* console_ioctl.c: the tty ioctls of a console file */
long console_ioctl(struct vfs_file *f, uint32_t cmd, uint32_t arg, const struct vfs_io *mem);

#endif
