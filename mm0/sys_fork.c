/*
 * fork, vfork and clone (the flag sets fork, vfork and posix_spawn-style
 * C libraries use; no threads). The child is a copy: memory copy-on-write
 * (vm_fork), descriptors shared through fs0 (FS0_PROC_NEW with a parent),
 * ids, signal actions and mask, limits, the registers of the parent's svc
 * with r0 = 0 (and the stack clone gives). vfork (CLONE_VM|CLONE_VFORK):
 * the parent waits until the child execs or exits, and the child runs in
 * the parent's memory meanwhile, as on Linux (a posix_spawn child reports
 * a failed exec through it): the parent lends its vm and space to the
 * child (vfork_borrow), which hands them back at exec or exit
 * (vfork_return). Only one of them uses the memory at a time, so mm0
 * never has two processes on one vm.
 */
#include "syscall.h"
#include "signal.h"
#include <linux_abi/sched.h>

#define CLONE_SUPPORTED (LINUX_CSIGNAL | LINUX_CLONE_VM | LINUX_CLONE_VFORK | LINUX_CLONE_SETTLS | \
			 LINUX_CLONE_PARENT_SETTID | LINUX_CLONE_CHILD_SETTID | \
			 LINUX_CLONE_CHILD_CLEARTID)

struct clone_args {
	u32 flags, newsp, ptid, tls, ctid;
};

struct count_user {
	u32 uid, n;
};

static void count_if_user(struct proc *p, void *arg)
{
	struct count_user *c = arg;

	if (p->state != PROC_FREE && p->cred.uid == c->uid)
		c->n++;
}

/* RLIMIT_NPROC, which root is exempt from (as in Linux); the table's size binds everyone. */
static int over_nproc(const struct proc *p)
{
	struct count_user c = { p->cred.uid, 0 };

	if (p->cred.euid == 0 || p->cred.uid == 0)
		return 0;
	proc_for_each(count_if_user, &c);
	return c.n >= p->rlim[LINUX_RLIMIT_NPROC].rlim_cur;
}

/* What the child inherits besides memory and files. */
static void inherit(struct proc *child, const struct proc *parent, const struct clone_args *a)
{
	child->pgid = parent->pgid;
	child->sid = parent->sid;
	child->cred = parent->cred;
	child->sigmask = parent->sigmask;
	memcpy(child->act, parent->act, sizeof(child->act));
	child->altstack = parent->altstack;
	memcpy(child->rlim, parent->rlim, sizeof(child->rlim));
	memcpy(child->comm, parent->comm, sizeof(child->comm));
	child->exit_signal = (u8)(a->flags & LINUX_CSIGNAL);
	child->tls = (a->flags & LINUX_CLONE_SETTLS) ? a->tls : parent->tls;
	child->clear_child_tid = (a->flags & LINUX_CLONE_CHILD_CLEARTID) ? a->ctid : 0;
	child->orphaned = parent->orphaned;     /* fs0 copies the parent's SIGTTY bits too */
	child->tty_bits = parent->tty_bits;
}

/* The child's registers: the parent's at its svc, r0 = 0, and the VFP registers. */
static long start_child(struct proc *child, const struct proc *parent, const struct clone_args *a)
{
	struct exregs_frame f;

	long err = exregs(parent->tid, EXREGS_GET | EXREGS_GET_VFP);
	if (err < 0)
		return err;
	memcpy(&f, utcb()->mr, sizeof(f));
	f.r[0] = 0;
	if (a->newsp)
		f.sp = a->newsp;
	f.tpidruro = child->tls;
	err = thread_start(child->tid, f.pc, f.sp, 0);
	memcpy(utcb()->mr, &f, sizeof(f));
	if (!err)       /* mm0 outranks the child: it runs only once these are set */
		err = exregs(child->tid, EXREGS_SET_REGS | EXREGS_SET_PSR | EXREGS_SET_TLS | EXREGS_SET_VFP);
	return err;
}

/* A child that never ran goes without a trace (no SIGCHLD, no zombie). */
static void discard(struct proc *child, int has_files)
{
	if (has_files)
		fs_proc_exit(child->pid);
	thread_destroy(child->tid);
	if (child->vfork_lender) {
		vfork_return(child);
	} else {
		vm_release(&child->vm);
		space_destroy(child->space);
	}
	proc_free(child);
}

/* The vfork child runs in the parent's vm and space (its own, still empty, go). */
static long vfork_borrow(struct proc *child, struct proc *parent)
{
	long err = thread_set_space(child->tid, parent->space);

	if (err < 0)
		return err;
	vm_release(&child->vm);
	space_destroy(child->space);
	child->vm = parent->vm;
	child->space = parent->space;
	memset(&parent->vm, 0, sizeof(parent->vm));
	parent->vm_lent = 1;
	parent->vfork_child = child->pid;
	child->vfork_lender = parent->pid;
	return 0;
}

void vfork_return(struct proc *child)
{
	struct proc *parent = proc_alive(child->vfork_lender);

	if (parent && parent->vm_lent && parent->vfork_child == child->pid) {
		parent->vm = child->vm;
		parent->vm_lent = 0;
	} else {                        /* the parent died meanwhile: the memory goes */
		vm_release(&child->vm);
		space_destroy(child->space);
	}
	memset(&child->vm, 0, sizeof(child->vm));
	child->space = 0;
	child->vfork_lender = 0;
}

/* The child, or -errno (everything it had undone). */
static long make_child(struct proc *parent, const struct clone_args *a, struct proc **out)
{
	struct proc *child;
	long err = proc_create(parent->pid, &child);

	if (err < 0)
		return err;
	inherit(child, parent, a);
	if (a->flags & LINUX_CLONE_VM)
		err = vfork_borrow(child, parent);
	else
		err = vm_fork(&child->vm, &parent->vm);
	if (!err)
		err = fs_proc_new(child->pid, parent->pid, child->tid, child->space);
	if (err < 0) {
		discard(child, 0);
		return err == -ENOMEM ? -LINUX_ENOMEM : err;
	}
	*out = child;
	return 0;
}

static long do_clone(struct call *c, const struct clone_args *a)
{
	struct proc *parent = c->p, *child;

	if (a->flags & ~CLONE_SUPPORTED || ((a->flags & LINUX_CLONE_VM) && !(a->flags & LINUX_CLONE_VFORK))) {
		printf("mm0: pid %u (%s): clone flags %08x are not implemented (no threads): -EINVAL\n",
		       parent->pid, parent->comm, a->flags);
		return -LINUX_EINVAL;
	}
	if (over_nproc(parent))
		return -LINUX_EAGAIN;
	long err = make_child(parent, a, &child);
	if (err < 0)
		return err;
	u32 pid = child->pid;
	/* Linux ignores a failed store of either (put_user's result is not looked at) */
	if (a->flags & LINUX_CLONE_PARENT_SETTID)
		vm_copy_out(&parent->vm, a->ptid, &pid, 4);
	if (a->flags & LINUX_CLONE_CHILD_SETTID)
		vm_copy_out(&child->vm, a->ctid, &pid, 4);
	err = start_child(child, parent, a);
	if (err < 0) {
		discard(child, 1);
		return err;
	}
	if (a->flags & LINUX_CLONE_VFORK) {
		parent->wait = WAIT_VFORK;
		parent->vfork_child = pid;
		return CALL_PENDING;
	}
	return pid;
}

long sys_fork(struct call *c)
{
	struct clone_args a = { LINUX_SIGCHLD, 0, 0, 0, 0 };

	return do_clone(c, &a);
}

long sys_vfork(struct call *c)
{
	struct clone_args a = { LINUX_CLONE_VM | LINUX_CLONE_VFORK | LINUX_SIGCHLD, 0, 0, 0, 0 };

	return do_clone(c, &a);
}

/* ARM's clone(flags, newsp, parent_tidptr, tls, child_tidptr) */
long sys_clone(struct call *c)
{
	struct clone_args a = { c->a[0], c->a[1], c->a[2], c->a[3], c->a[4] };

	return do_clone(c, &a);
}
