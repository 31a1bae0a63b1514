/*
 * Job control state shared with fs0: whether a process group is orphaned
 * (no member has a parent in another group of the same session, init not
 * counting: Linux's will_become_orphaned_pgrp), and how each process takes
 * SIGTTIN and SIGTTOU (ignored or blocked). fs0 needs both to treat a
 * background read or write as Linux does (stop, EIO, or go on), so mm0
 * sends them (FS0_PROC_SIGTTY) whenever they change: after sigaction and
 * sigprocmask, exec, setpgid/setsid, and exits that orphan groups.
 */
#include "syscall.h"
#include "signal.h"
#include <proto.h>

struct orphan_scan {
	u32 pgid;
	int has_link;
};

static void look_for_link(struct proc *p, void *arg)
{
	struct orphan_scan *s = arg;

	if (p->state != PROC_ALIVE || p->pgid != s->pgid)
		return;
	struct proc *parent = proc_alive(p->ppid);
	if (parent && parent->pid != 1 && parent->pgid != p->pgid && parent->sid == p->sid)
		s->has_link = 1;
}

int pgrp_orphaned(u32 pgid)
{
	struct orphan_scan s = { pgid, 0 };

	proc_for_each(look_for_link, &s);
	return !s.has_link;
}

static int ignored_or_blocked(const struct proc *p, u32 sig)
{
	return (p->sigmask & SIGBIT(sig)) || p->act[sig - 1].handler == LINUX_SIG_IGN;
}

void jobctl_sync(struct proc *p)
{
	u32 bits = (ignored_or_blocked(p, LINUX_SIGTTIN) ? FS0_TTIN_IGNORED : 0) |
		   (ignored_or_blocked(p, LINUX_SIGTTOU) ? FS0_TTOU_IGNORED : 0) |
		   (p->orphaned ? FS0_ORPHANED : 0);

	if (bits != p->tty_bits) {
		p->tty_bits = bits;
		fs_proc_sigtty(p->pid, bits);
	}
}

struct group_update {
	u32 pgid;
	int orphaned;
};

static void set_member(struct proc *p, void *arg)
{
	struct group_update *g = arg;

	if (p->state == PROC_ALIVE && p->pgid == g->pgid) {
		p->orphaned = (u8)g->orphaned;
		jobctl_sync(p);
	}
}

void jobctl_group_changed(u32 pgid)
{
	struct group_update g = { pgid, pgid ? pgrp_orphaned(pgid) : 0 };

	if (pgid)
		proc_for_each(set_member, &g);
}

struct children_groups {
	u32 parent;
};

static void child_group_changed(struct proc *c, void *arg)
{
	struct children_groups *k = arg;

	if (c->state == PROC_ALIVE && c->ppid == k->parent)
		jobctl_group_changed(c->pgid);
}

void jobctl_moved(struct proc *p, u32 old_pgid)
{
	struct children_groups k = { p->pid };

	jobctl_group_changed(old_pgid);
	if (p->pgid != old_pgid)
		jobctl_group_changed(p->pgid);
	proc_for_each(child_group_changed, &k);
}
