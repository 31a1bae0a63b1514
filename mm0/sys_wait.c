/*
 * wait4 and waitid (Linux's kernel/exit.c do_wait): collect a child that
 * exited, stopped or continued. A call with nothing to collect yet waits
 * in mm0 (WAIT_CHILD) and is looked at again whenever one of the caller's
 * children changes state (wait_child_changed).
 */
#include "syscall.h"
#include "signal.h"
#include <linux_abi/wait.h>
#include <linux_abi/resource.h>

#define WAIT4_OPTIONS   (LINUX_WNOHANG | LINUX_WUNTRACED | LINUX_WCONTINUED | LINUX___WNOTHREAD | \
			 LINUX___WCLONE | LINUX___WALL)
#define WAITID_OPTIONS  (LINUX_WNOHANG | LINUX_WNOWAIT | LINUX_WEXITED | LINUX_WSTOPPED | \
			 LINUX_WCONTINUED | LINUX___WNOTHREAD | LINUX___WCLONE | LINUX___WALL)

/* Is c one of the children w asks for? */
static int selected(const struct proc *parent, const struct proc *c, const struct wait_req *w)
{
	if (c->state == PROC_FREE || c->ppid != parent->pid)
		return 0;
	/* a "clone" child (exit signal not SIGCHLD) only for __WCLONE, the others only without */
	if (!(w->options & LINUX___WALL) &&
	    (c->exit_signal != LINUX_SIGCHLD) != !!(w->options & LINUX___WCLONE))
		return 0;
	if (w->pid > 0)
		return c->pid == (u32)w->pid;
	if (w->pid == 0)
		return c->pgid == parent->pgid;
	return w->pid == -1 || c->pgid == (u32)-w->pid;
}

/* A reportable event of c under w: its wait status, or -1 if none. */
static s32 event(struct proc *c, const struct wait_req *w, s32 *code)
{
	if (c->state == PROC_ZOMBIE && (w->options & LINUX_WEXITED)) {
		u32 sig = c->wait_status & 0x7f;
		*code = sig ? LINUX_CLD_KILLED : LINUX_CLD_EXITED;
		return (s32)c->wait_status;
	}
	if (c->state != PROC_ALIVE)
		return -1;
	if (c->stopped && (c->report & REPORT_STOPPED) && (w->options & LINUX_WSTOPPED)) {
		*code = LINUX_CLD_STOPPED;
		return LINUX_W_STOPCODE(c->stop_sig);
	}
	if ((c->report & REPORT_CONTINUED) && (w->options & LINUX_WCONTINUED)) {
		*code = LINUX_CLD_CONTINUED;
		return LINUX_W_CONTINUED;
	}
	return -1;
}

struct scan {
	struct proc *parent, *found;
	const struct wait_req *w;
	int children;
	s32 status, code;
};

static void look(struct proc *c, void *arg)
{
	struct scan *s = arg;

	if (s->found || !selected(s->parent, c, s->w))
		return;
	s->children++;
	s32 st = event(c, s->w, &s->code);
	if (st >= 0) {
		s->found = c;
		s->status = st;
	}
}

/* waitid's siginfo: what Linux writes (all zero when nothing was found). */
static long put_waitid_info(struct proc *p, u32 uaddr, const struct scan *s)
{
	struct linux_siginfo info;

	if (!uaddr)
		return 0;
	memset(&info, 0, sizeof(info));
	if (s->found) {
		info.si_signo = LINUX_SIGCHLD;
		info.si_code = s->code;
		info.sifields.sigchld.pid = (s32)s->found->pid;
		info.sifields.sigchld.uid = s->found->cred.uid;
		info.sifields.sigchld.status = s->code == LINUX_CLD_EXITED ? (s->status >> 8) & 0xff
					       : s->code == LINUX_CLD_CONTINUED ? LINUX_SIGCONT
					       : s->code == LINUX_CLD_STOPPED ? (s->status >> 8) & 0xff
					       : s->status & 0x7f;
	}
	return vm_copy_out(&p->vm, uaddr, &info, sizeof(info)) == sizeof(info) ? 0 : -LINUX_EFAULT;
}

/* Takes the event found: the child's pid, with the status and rusage written. */
static long collect(struct proc *p, const struct scan *s)
{
	const struct wait_req *w = s->w;
	struct proc *c = s->found;
	u32 pid = c->pid;
	long err = 0;

	if (w->waitid)
		err = put_waitid_info(p, w->status, s);
	else if (w->status && vm_copy_out(&p->vm, w->status, &s->status, 4) != 4)
		err = -LINUX_EFAULT;
	if (w->rusage) {
		struct linux_rusage ru;
		u32 maxrss = c->maxrss_pages > c->child_maxrss_pages ? c->maxrss_pages
								     : c->child_maxrss_pages;
		cputime_rusage(&ru, c->user_ticks + c->child_user_ticks, maxrss);
		if (vm_copy_out(&p->vm, w->rusage, &ru, sizeof(ru)) != sizeof(ru))
			err = -LINUX_EFAULT;
	}
	if (!(w->options & LINUX_WNOWAIT)) {
		if (s->code == LINUX_CLD_STOPPED)
			c->report &= ~REPORT_STOPPED;
		else if (s->code == LINUX_CLD_CONTINUED)
			c->report &= ~REPORT_CONTINUED;
		else {
			cputime_reaped(p, c);
			proc_reap(c);
		}
	}
	return err ? err : w->waitid ? 0 : (long)pid;
}

/* One look: the result, or CALL_PENDING if it must wait. */
static long try_wait(struct proc *p, const struct wait_req *w)
{
	struct scan s = { p, NULL, w, 0, 0, 0 };

	proc_for_each(look, &s);
	if (s.found)
		return collect(p, &s);
	if (!s.children)
		return -LINUX_ECHILD;
	if (w->options & LINUX_WNOHANG)
		return w->waitid ? put_waitid_info(p, w->status, &s) : 0;
	return CALL_PENDING;
}

static long wait_or_block(struct proc *p, const struct wait_req *w)
{
	long r = try_wait(p, w);

	if (r == CALL_PENDING) {
		p->wreq = *w;
		p->wait = WAIT_CHILD;
	}
	return r;
}

void wait_child_changed(struct proc *parent)
{
	if (parent->wait != WAIT_CHILD)
		return;
	long r = try_wait(parent, &parent->wreq);
	if (r != CALL_PENDING) {
		parent->wait = WAIT_NONE;
		proc_reply(parent, r);
	}
}

long sys_wait4(struct call *c)
{
	struct wait_req w = { (s32)c->a[0], c->a[2] | LINUX_WEXITED, c->a[1], c->a[3], 0 };

	if (c->a[2] & ~WAIT4_OPTIONS)
		return -LINUX_EINVAL;
	if (w.pid == (s32)0x80000000)
		return -LINUX_ESRCH;
	return wait_or_block(c->p, &w);
}

long sys_waitid(struct call *c)
{
	u32 type = c->a[0], id = c->a[1], options = c->a[3];
	struct wait_req w = { 0, options, c->a[2], c->a[4], 1 };

	if ((options & ~WAITID_OPTIONS) || !(options & (LINUX_WEXITED | LINUX_WSTOPPED | LINUX_WCONTINUED)))
		return -LINUX_EINVAL;
	if (type == LINUX_P_ALL)
		w.pid = -1;
	else if (type == LINUX_P_PID && (s32)id > 0)
		w.pid = (s32)id;
	else if (type == LINUX_P_PGID && (s32)id >= 0)
		w.pid = id ? -(s32)id : 0;
	else
		return -LINUX_EINVAL;
	return wait_or_block(c->p, &w);
}
