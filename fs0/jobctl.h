/*
 * Job control on the terminal (Linux's drivers/tty/tty_jobctrl.c): a
 * terminal is the controlling terminal of at most one session and has a
 * foreground process group; a process of another group that reads,
 * writes (TOSTOP) or changes the terminal is stopped with SIGTTIN or
 * SIGTTOU. Pure logic over the ids fs0 keeps per process (host-tested in
 * tests/host/test_jobctl.c). Everything runs as root (CAP_SYS_ADMIN), so
 * TIOCSCTTY may steal a terminal and a write-only open may acquire one
 * through TIOCSCTTY.
 *
 * A session leader is a process whose sid is its pid (Linux keeps a flag
 * set by setsid; the two agree because a pid in use as a session id is
 * not given to another process).
 */
#ifndef FS0_JOBCTL_H
#define FS0_JOBCTL_H

#include <stdint.h>

/* sigtty bits (proto.h's FS0_TTIN_IGNORED, FS0_TTOU_IGNORED, FS0_ORPHANED) */
#define JC_TTIN_IGNORED 1u      /* SIGTTIN ignored or blocked */
#define JC_TTOU_IGNORED 2u      /* SIGTTOU ignored or blocked */
#define JC_ORPHANED     4u      /* its process group is orphaned */

/* What a process is to job control (part of fs0's struct fsproc). */
struct jc_proc {
	uint32_t pid, pgid, sid;
	uint32_t sigtty;                /* JC_* bits, from mm0 */
	uint32_t ctty;                  /* 1: the terminal is its controlling terminal (signal->tty) */
};

/* The terminal's side; 0 is none. */
struct jc_tty {
	uint32_t session;               /* the session it is the controlling terminal of */
	uint32_t pgrp;                  /* its foreground process group */
};

/* ---- hooks the host provides ---- */

/* Every live process in turn: the one after prev (NULL: the first), NULL at the end. */
struct jc_proc *jc_next(struct jc_proc *prev);
/* Raise a signal: target > 0 a pid, < 0 minus a process group. */
void jc_signal(int32_t target, uint32_t sig);

/* ---- the rules ---- */

/*
 * __tty_check_change for sig (SIGTTIN: a read, SIGTTOU: a write under
 * TOSTOP or a change of settings): 0 to go on (not p's terminal, p in
 * the foreground, or SIGTTOU ignored), -EIO (SIGTTIN ignored, or p's group
 * orphaned), or -ERESTARTSYS once sig went to p's group (the call must
 * wait for it).
 */
long jc_check(const struct jc_tty *t, const struct jc_proc *p, uint32_t sig);
/* An open that may acquire the terminal (no O_NOCTTY, not /dev/console): a leader without one takes it. */
void jc_open(struct jc_tty *t, struct jc_proc *p, int readable);
/* TIOCSCTTY (arg 1 steals it from another session): 0, -EPERM. */
long jc_sctty(struct jc_tty *t, struct jc_proc *p, uint32_t arg);
/* TIOCNOTTY: 0, -ENOTTY; a leader's session loses the terminal (SIGHUP, SIGCONT to the foreground). */
long jc_notty(struct jc_tty *t, struct jc_proc *p);
/* TIOCGPGRP: 0 and *pgrp (0 if none), -ENOTTY. */
long jc_gpgrp(const struct jc_tty *t, const struct jc_proc *p, uint32_t *pgrp);
/* TIOCGSID: 0 and *sid, -ENOTTY. */
long jc_gsid(const struct jc_tty *t, const struct jc_proc *p, uint32_t *sid);
/* TIOCSPGRP before its argument is read: 0, -ENOTTY, -ERESTARTSYS (SIGTTOU sent). */
long jc_spgrp_check(const struct jc_tty *t, const struct jc_proc *p);
/* TIOCSPGRP with the group read: 0, -EINVAL, -ESRCH, -EPERM (another session). */
long jc_spgrp(struct jc_tty *t, const struct jc_proc *p, int32_t pgrp);
/*
 * p exits: 1 if it was a session leader with the terminal, which is then
 * hung up (SIGHUP to the foreground group; the session loses it; the
 * caller hangs the device up), else 0.
 */
int jc_exit(struct jc_tty *t, struct jc_proc *p);

#endif
