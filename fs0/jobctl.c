/*
 * Job control on the terminal; see jobctl.h. Each function is the Linux
 * function named in its comment, for the one terminal fs0 has.
 */
#include "jobctl.h"
#include <stddef.h>
#include <linux_abi/errno.h>
#include <linux_abi/signal.h>

static int leader(const struct jc_proc *p)
{
	return p->sid == p->pid;
}

/* session_clear_tty: no process of session sid has the terminal any more */
static void session_clear(uint32_t sid)
{
	for (struct jc_proc *q = jc_next(NULL); q; q = jc_next(q))
		if (q->sid == sid)
			q->ctty = 0;
}

/* __proc_set_tty: the terminal is p's session's, with p's group in the foreground */
static void set_ctty(struct jc_tty *t, struct jc_proc *p)
{
	t->session = p->sid;
	t->pgrp = p->pgid;
	p->ctty = 1;
}

long jc_check(const struct jc_tty *t, const struct jc_proc *p, uint32_t sig)
{
	uint32_t ignored = sig == LINUX_SIGTTIN ? JC_TTIN_IGNORED : JC_TTOU_IGNORED;

	if (!p->ctty || !t->pgrp || p->pgid == t->pgrp)
		return 0;
	if (p->sigtty & ignored)
		return sig == LINUX_SIGTTIN ? -LINUX_EIO : 0;
	if (p->sigtty & JC_ORPHANED)
		return -LINUX_EIO;
	jc_signal(-(int32_t)p->pgid, sig);
	return -LINUX_ERESTARTSYS;
}

/* tty_open_proc_set_tty */
void jc_open(struct jc_tty *t, struct jc_proc *p, int readable)
{
	if (leader(p) && !p->ctty && !t->session && readable)
		set_ctty(t, p);
}

/* tiocsctty */
long jc_sctty(struct jc_tty *t, struct jc_proc *p, uint32_t arg)
{
	if (leader(p) && p->sid == t->session)
		return 0;
	if (!leader(p) || p->ctty)
		return -LINUX_EPERM;
	if (t->session) {
		if (arg != 1)
			return -LINUX_EPERM;
		session_clear(t->session);      /* stolen (root may) */
	}
	set_ctty(t, p);
	return 0;
}

/* The terminal leaves its session (the end of disassociate_ctty). */
static void disassociate(struct jc_tty *t, uint32_t sid)
{
	t->session = t->pgrp = 0;
	session_clear(sid);
}

/* TIOCNOTTY: no_tty, which is disassociate_ctty(0) for a leader */
long jc_notty(struct jc_tty *t, struct jc_proc *p)
{
	if (!p->ctty)
		return -LINUX_ENOTTY;
	if (leader(p)) {
		if (t->pgrp) {
			jc_signal(-(int32_t)t->pgrp, LINUX_SIGHUP);
			jc_signal(-(int32_t)t->pgrp, LINUX_SIGCONT);
		}
		disassociate(t, p->sid);
	}
	p->ctty = 0;
	return 0;
}

/* tiocgpgrp */
long jc_gpgrp(const struct jc_tty *t, const struct jc_proc *p, uint32_t *pgrp)
{
	if (!p->ctty)
		return -LINUX_ENOTTY;
	*pgrp = t->pgrp;
	return 0;
}

/* tiocgsid */
long jc_gsid(const struct jc_tty *t, const struct jc_proc *p, uint32_t *sid)
{
	if (!p->ctty || !t->session)
		return -LINUX_ENOTTY;
	*sid = t->session;
	return 0;
}

/* tiocspgrp, up to get_user: its job-control check gives ENOTTY rather than EIO */
long jc_spgrp_check(const struct jc_tty *t, const struct jc_proc *p)
{
	long r = jc_check(t, p, LINUX_SIGTTOU);

	if (r == -LINUX_EIO)
		return -LINUX_ENOTTY;
	if (r)
		return r;
	return p->ctty && t->session == p->sid ? 0 : -LINUX_ENOTTY;
}

/*
 * session_of_pgrp after find_vpid: the session of group pgrp, or of the
 * process pgrp names; -EPERM if the number is only a session's (Linux
 * finds the pid but no session), -ESRCH if nothing uses it.
 */
static long session_of(int32_t pgrp)
{
	struct jc_proc *by_pid = NULL, *q;
	int as_sid = 0;

	if (pgrp <= 0)
		return -LINUX_ESRCH;
	for (q = jc_next(NULL); q; q = jc_next(q)) {
		if (q->pgid == (uint32_t)pgrp)
			return q->sid;
		if (q->pid == (uint32_t)pgrp)
			by_pid = q;
		as_sid |= q->sid == (uint32_t)pgrp;
	}
	if (by_pid)
		return by_pid->sid;
	return as_sid ? -LINUX_EPERM : -LINUX_ESRCH;
}

long jc_spgrp(struct jc_tty *t, const struct jc_proc *p, int32_t pgrp)
{
	if (pgrp < 0)
		return -LINUX_EINVAL;
	long sid = session_of(pgrp);
	if (sid < 0)
		return sid;
	if ((uint32_t)sid != p->sid)
		return -LINUX_EPERM;
	t->pgrp = (uint32_t)pgrp;
	return 0;
}

/*
 * disassociate_ctty(1) for a serial terminal: tty_vhangup_session, whose
 * tty_signal_session_leader sends SIGHUP to the foreground group (the
 * SIGHUP and SIGCONT it sends the leader itself find it gone).
 */
int jc_exit(struct jc_tty *t, struct jc_proc *p)
{
	if (!leader(p) || !p->ctty || t->session != p->sid)
		return 0;
	if (t->pgrp)
		jc_signal(-(int32_t)t->pgrp, LINUX_SIGHUP);
	disassociate(t, p->sid);
	return 1;
}
