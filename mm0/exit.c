/*
 * Ending processes (Linux's kernel/exit.c): the process's memory, thread,
 * space and files go at once; what is left is a zombie holding its pid and
 * wait status until the parent collects it (sys_wait.c), or nothing if the
 * parent ignores SIGCHLD (or set SA_NOCLDWAIT). Its children go to init
 * (pid 1). A process group that the exit leaves orphaned, with a stopped
 * member, gets SIGHUP and SIGCONT. When the first process ends, the system
 * checks its integrity and powers off with its status.
 */
#include "syscall.h"
#include "signal.h"
#include <linux_abi/wait.h>

#define INIT_PID 1u

static const char *const signal_names[] = {
	[LINUX_SIGILL] = "SIGILL", [LINUX_SIGTRAP] = "SIGTRAP", [LINUX_SIGBUS] = "SIGBUS",
	[LINUX_SIGFPE] = "SIGFPE", [LINUX_SIGKILL] = "SIGKILL", [LINUX_SIGSEGV] = "SIGSEGV",
};

/* The whole system ends with the first process. */
static void shutdown(u32 wait_status)
{
	u32 sig = wait_status & 0x7f;
	u32 status = sig ? 128 + sig : (wait_status >> 8) & 0xff;

	if (mm0_check(1) < 0) {
		printf("mm0: integrity check failed\n");
		status = 125;
	}
	poweroff(status);
}

void proc_reap(struct proc *p)
{
	proc_free(p);
}

/* Groups left without a link to another group in their session (will_become_orphaned_pgrp). */
struct orphan_check {
	struct proc *gone;
	u32 pgid;
	int stopped;
};

static void note_stopped(struct proc *p, void *arg)
{
	struct orphan_check *o = arg;

	if (p->state == PROC_ALIVE && p->pgid == o->pgid && p->stopped)
		o->stopped = 1;
}

/* Linux's kill_orphaned_pgrp: a newly orphaned group with stopped members hangs up. */
static void hangup_if_orphaned(u32 pgid, struct proc *gone)
{
	struct orphan_check o = { gone, pgid, 0 };

	if (!pgid || !pgrp_orphaned(pgid))
		return;
	proc_for_each(note_stopped, &o);
	if (o.stopped) {
		signal_send_pgrp(pgid, LINUX_SIGHUP, NULL);
		signal_send_pgrp(pgid, LINUX_SIGCONT, NULL);
	}
}

struct reparent {
	struct proc *gone, *init;
};

static void adopt(struct proc *c, void *arg)
{
	struct reparent *r = arg;

	if (c->state == PROC_FREE || c->ppid != r->gone->pid || c == r->gone)
		return;
	c->ppid = INIT_PID;
	c->exit_signal = LINUX_SIGCHLD;         /* Linux's reparent_leader */
	if (c->state == PROC_ALIVE && c->pgid != r->gone->pgid && c->sid == r->gone->sid)
		hangup_if_orphaned(c->pgid, r->gone);
	if (c->state == PROC_ZOMBIE && r->init) {
		struct sig_info si = { (c->wait_status & 0x7f) ? LINUX_CLD_KILLED : LINUX_CLD_EXITED,
				       c->pid, c->cred.uid, c->wait_status };
		signal_send(r->init, LINUX_SIGCHLD, &si);
	}
}

/* Does the parent leave its children unwaited (SIGCHLD ignored, or SA_NOCLDWAIT)? */
static int autoreap(const struct proc *parent)
{
	const struct linux_sigaction *ka = &parent->act[LINUX_SIGCHLD - 1];

	return ka->handler == LINUX_SIG_IGN || (ka->flags & LINUX_SA_NOCLDWAIT);
}

/* p is a zombie now: its parent hears of it, or it goes at once. */
static void notify_parent(struct proc *p)
{
	struct proc *parent = proc_alive(p->ppid);
	u32 sig = p->wait_status & 0x7f;

	if (!parent) {
		proc_reap(p);
		return;
	}
	if (p->exit_signal) {
		struct sig_info si = { sig ? LINUX_CLD_KILLED : LINUX_CLD_EXITED, p->pid, p->cred.uid,
				       sig ? sig : (p->wait_status >> 8) & 0xff };
		signal_send(parent, p->exit_signal, &si);
	}
	if (autoreap(parent))
		proc_reap(p);
	if (parent->state == PROC_ALIVE)
		wait_child_changed(parent);
}

/* A vfork parent waiting for p goes on: its vfork returns p's pid. */
static void release_vfork_parent(struct proc *p)
{
	struct proc *parent = proc_alive(p->ppid);

	if (parent && parent->wait == WAIT_VFORK && parent->vfork_child == p->pid) {
		parent->wait = WAIT_NONE;
		proc_reply(parent, p->pid);
	}
}

void proc_vfork_done(struct proc *child)
{
	release_vfork_parent(child);
}

static void release_resources(struct proc *p)
{
	time_cancel_all(p);
	fs_proc_exit(p->pid);
	cputime_exit(p);
	thread_destroy(p->tid);
	if (p->vfork_lender) {
		vfork_return(p);
		return;
	}
	vm_release(&p->vm);
	if (!p->vm_lent)                /* else the vfork child releases it (vfork_return) */
		space_destroy(p->space);
}

void proc_exit(struct proc *p, u32 wait_status)
{
	struct proc *init = proc_alive(INIT_PID);
	struct reparent r = { p, init != p ? init : NULL };

	if (p->state != PROC_ALIVE)
		return;
	release_resources(p);
	p->state = PROC_ZOMBIE;
	p->wait_status = wait_status;
	p->wait = WAIT_NONE;
	p->stopped = 0;
	pending_drop(p, ~0ull);
	if (p == mm0_serving)
		mm0_serving = NULL;
	release_vfork_parent(p);
	proc_for_each(adopt, &r);
	struct proc *parent = proc_alive(p->ppid);
	if (parent && parent->pgid != p->pgid && parent->sid == p->sid)
		hangup_if_orphaned(p->pgid, p);
	jobctl_moved(p, p->pgid);
	if (p->pid == INIT_PID)
		shutdown(wait_status);
	notify_parent(p);
}

void proc_kill_fault(struct proc *p, u32 sig, const struct msg *m)
{
	const char *name = sig < sizeof(signal_names) / sizeof(signal_names[0]) && signal_names[sig]
		? signal_names[sig] : "signal";

	if (TAG_LABEL(m->tag) == LABEL_PAGE_FAULT)
		printf("mm0: pid %u (%s) killed by %s: %s at %08x, pc %08x\n", p->pid, p->comm, name,
		       (m->mr[1] & FAULT_EXEC) ? "exec" : (m->mr[1] & FAULT_WRITE) ? "write" : "read",
		       m->mr[0], m->mr[2]);
	else
		printf("mm0: pid %u (%s) killed by %s at pc %08x\n", p->pid, p->comm, name, m->mr[2]);
	proc_exit(p, sig);
}
