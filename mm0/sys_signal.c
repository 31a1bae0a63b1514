/*
 * Signal calls: actions, masks, pending sets, waiting for signals, sending
 * them, returning from handlers, the alternate stack. Order of checks and
 * errors as in Linux's kernel/signal.c.
 */
#include "syscall.h"
#include "signal.h"
#include <linux_abi/time.h>

#define SIGSET_BYTES    8
#define SA_KNOWN        (LINUX_SA_NOCLDSTOP | LINUX_SA_NOCLDWAIT | LINUX_SA_SIGINFO | \
			 LINUX_SA_ONSTACK | LINUX_SA_RESTART | LINUX_SA_NODEFER | LINUX_SA_RESETHAND | \
			 LINUX_SA_RESTORER | LINUX_SA_THIRTYTWO | LINUX_SA_EXPOSE_TAGBITS)

static int valid_signal(u32 sig)
{
	return sig >= 1 && sig <= LINUX__NSIG;
}

static u64 set_of(const linux_sigset_t *s)
{
	return (u64)s->sig[0] | (u64)s->sig[1] << 32;
}

static linux_sigset_t set_to(u64 v)
{
	linux_sigset_t s = { { (u32)v, (u32)(v >> 32) } };

	return s;
}

/* Linux's do_sigaction: the new action (if any), the old one into *old. */
static long do_sigaction(struct proc *p, u32 sig, const struct linux_sigaction *act,
			 struct linux_sigaction *old)
{
	if (!valid_signal(sig) || (act && (sig == LINUX_SIGKILL || sig == LINUX_SIGSTOP)))
		return -LINUX_EINVAL;
	if (old)
		*old = p->act[sig - 1];
	if (!act)
		return 0;
	struct linux_sigaction *k = &p->act[sig - 1];
	*k = *act;
	k->flags &= SA_KNOWN;
	k->mask = set_to(set_of(&act->mask) & ~UNBLOCKABLE);
	int now_ignored = k->handler == LINUX_SIG_IGN ||
			  (k->handler == LINUX_SIG_DFL && (signal_default(sig) == SIG_DFL_IGN ||
							   signal_default(sig) == SIG_DFL_CONT));
	if (now_ignored)
		pending_drop(p, SIGBIT(sig));   /* POSIX: a pending ignored signal is discarded */
	return 0;
}

long sys_rt_sigaction(struct call *c)
{
	struct linux_sigaction act, old;
	struct vm *vm = &c->p->vm;

	if (c->a[3] != SIGSET_BYTES)
		return -LINUX_EINVAL;
	if (c->a[1] && vm_copy_in(vm, &act, c->a[1], sizeof(act)) != sizeof(act))
		return -LINUX_EFAULT;
	long err = do_sigaction(c->p, c->a[0], c->a[1] ? &act : NULL, &old);
	jobctl_sync(c->p);
	if (!err && c->a[2] && vm_copy_out(vm, c->a[2], &old, sizeof(old)) != sizeof(old))
		return -LINUX_EFAULT;
	return err;
}

long sys_sigaction(struct call *c)
{
	struct linux_old_sigaction o;
	struct linux_sigaction act, old;
	struct vm *vm = &c->p->vm;

	if (c->a[1]) {
		if (vm_copy_in(vm, &o, c->a[1], sizeof(o)) != sizeof(o))
			return -LINUX_EFAULT;
		act = (struct linux_sigaction){ o.handler, o.flags, o.restorer, set_to(o.mask) };
	}
	long err = do_sigaction(c->p, c->a[0], c->a[1] ? &act : NULL, &old);
	jobctl_sync(c->p);
	if (!err && c->a[2]) {
		o = (struct linux_old_sigaction){ old.handler, old.mask.sig[0], old.flags, old.restorer };
		if (vm_copy_out(vm, c->a[2], &o, sizeof(o)) != sizeof(o))
			return -LINUX_EFAULT;
	}
	return err;
}

/* The new blocked set for how; -EINVAL for an unknown how. */
static long masked(u64 old, u32 how, u64 set, u64 *out)
{
	set &= ~UNBLOCKABLE;
	if (how == LINUX_SIG_BLOCK)
		*out = old | set;
	else if (how == LINUX_SIG_UNBLOCK)
		*out = old & ~set;
	else if (how == LINUX_SIG_SETMASK)
		*out = set;
	else
		return -LINUX_EINVAL;
	return 0;
}

long sys_rt_sigprocmask(struct call *c)
{
	u32 how = c->a[0], set = c->a[1], oset = c->a[2];
	u64 old = c->p->sigmask, new = old, in;

	if (c->a[3] != SIGSET_BYTES)
		return -LINUX_EINVAL;
	if (set) {
		if (vm_copy_in(&c->p->vm, &in, set, sizeof(in)) != sizeof(in))
			return -LINUX_EFAULT;
		if (masked(old, how, in, &new) < 0)
			return -LINUX_EINVAL;
	}
	if (oset && vm_copy_out(&c->p->vm, oset, &old, sizeof(old)) != sizeof(old))
		return -LINUX_EFAULT;
	c->p->sigmask = new;    /* newly unblocked signals act at this call's return */
	jobctl_sync(c->p);
	return 0;
}

long sys_sigprocmask(struct call *c)
{
	u32 old = (u32)c->p->sigmask, in;
	u64 new = c->p->sigmask;

	if (c->a[1]) {
		if (vm_copy_in(&c->p->vm, &in, c->a[1], sizeof(in)) != sizeof(in))
			return -LINUX_EFAULT;
		if (masked(c->p->sigmask, c->a[0], in, &new) < 0)
			return -LINUX_EINVAL;
		if (c->a[0] == LINUX_SIG_SETMASK)
			new = (c->p->sigmask & 0xffffffff00000000ull) | (in & ~(u32)UNBLOCKABLE);
	}
	if (c->a[2] && vm_copy_out(&c->p->vm, c->a[2], &old, sizeof(old)) != sizeof(old))
		return -LINUX_EFAULT;
	c->p->sigmask = new;
	jobctl_sync(c->p);
	return 0;
}

long sys_rt_sigpending(struct call *c)
{
	u64 pending = c->p->sigpending & c->p->sigmask;

	if (c->a[1] > SIGSET_BYTES)
		return -LINUX_EINVAL;
	return vm_copy_out(&c->p->vm, c->a[0], &pending, c->a[1]) == (long)c->a[1] ? 0 : -LINUX_EFAULT;
}

long sys_sigpending(struct call *c)
{
	u32 pending = (u32)(c->p->sigpending & c->p->sigmask);

	return vm_copy_out(&c->p->vm, c->a[0], &pending, 4) == 4 ? 0 : -LINUX_EFAULT;
}

/* Waits with mask in force until a signal is delivered; the old mask returns after the handler. */
static long suspend_with(struct proc *p, u64 mask)
{
	p->saved_mask = p->sigmask;
	p->restore_mask = 1;
	p->sigmask = mask & ~UNBLOCKABLE;
	if (signal_deliverable(p))
		return -ERESTARTNOHAND;
	p->wait = WAIT_SIGSUSPEND;
	return CALL_PENDING;
}

long sys_rt_sigsuspend(struct call *c)
{
	u64 mask;

	if (c->a[1] != SIGSET_BYTES)
		return -LINUX_EINVAL;
	if (vm_copy_in(&c->p->vm, &mask, c->a[0], sizeof(mask)) != sizeof(mask))
		return -LINUX_EFAULT;
	return suspend_with(c->p, mask);
}

long sys_sigsuspend(struct call *c)
{
	return suspend_with(c->p, (c->p->sigmask & 0xffffffff00000000ull) | c->a[2]);
}

long sys_pause(struct call *c)
{
	if (signal_deliverable(c->p))
		return -ERESTARTNOHAND;
	c->p->wait = WAIT_PAUSE;
	return CALL_PENDING;
}

/* rt_sigtimedwait's siginfo for sig: written, or -EFAULT. */
static long put_siginfo(struct proc *p, u32 uaddr, u32 sig, const struct sig_info *si)
{
	struct linux_siginfo info;

	if (!uaddr)
		return 0;
	memset(&info, 0, sizeof(info));
	info.si_signo = (s32)sig;
	info.si_code = si->code;
	info.sifields.rt.pid = (s32)si->pid;
	info.sifields.rt.uid = si->uid;
	info.sifields.rt.sigval.sival_int = (s32)si->value;
	if (sig == LINUX_SIGCHLD && si->code > 0)
		info.sifields.sigchld.status = (s32)si->value;
	return vm_copy_out(&p->vm, uaddr, &info, sizeof(info)) == sizeof(info) ? 0 : -LINUX_EFAULT;
}

void sigtimedwait_take(struct proc *p, u32 sig, const struct sig_info *info)
{
	long r = put_siginfo(p, p->sigwait_info, sig, info);

	time_cancel_sleep(p);
	p->wait = WAIT_NONE;
	proc_reply(p, r < 0 ? r : (long)sig);
}

static long sigtimedwait(struct call *c, int is64)
{
	struct proc *p = c->p;
	u64 set, ns = 0;

	if (c->a[3] != SIGSET_BYTES)
		return -LINUX_EINVAL;
	if (vm_copy_in(&p->vm, &set, c->a[0], sizeof(set)) != sizeof(set))
		return -LINUX_EFAULT;
	set &= ~UNBLOCKABLE;
	if (c->a[2]) {
		long err = time_get_timeout(p, c->a[2], is64, &ns);
		if (err < 0)
			return err;
	}
	u32 sig = pending_next(p, set);
	if (sig) {
		struct sig_info si;
		pending_take(p, sig, &si);
		long r = put_siginfo(p, c->a[1], sig, &si);
		return r < 0 ? r : (long)sig;
	}
	if (c->a[2] && !ns)
		return -LINUX_EAGAIN;
	p->sigwait_set = set;
	p->sigwait_info = c->a[1];
	p->wait = WAIT_SIGTIMEDWAIT;
	if (c->a[2])
		time_sigwait_timeout(p, ns);
	return CALL_PENDING;
}

long sys_rt_sigtimedwait(struct call *c) { return sigtimedwait(c, 0); }
long sys_rt_sigtimedwait_time64(struct call *c) { return sigtimedwait(c, 1); }

/* May sender signal target (Linux's kill_ok_by_cred; SIGCONT within a session)? */
static int may_signal(const struct proc *sender, const struct proc *target, u32 sig)
{
	const struct creds *s = &sender->cred, *t = &target->cred;

	if (s->euid == 0 || s->euid == t->suid || s->euid == t->uid || s->uid == t->suid ||
	    s->uid == t->uid)
		return 1;
	return sig == LINUX_SIGCONT && sender->sid == target->sid;
}

/*
 * A process a signal may be sent to: alive, or a zombie, which Linux keeps
 * (pid, group, credentials) until it is reaped; a signal to it is accepted
 * and goes nowhere.
 */
static struct proc *signal_target(s32 pid)
{
	struct proc *t = pid > 0 ? proc_by_pid((u32)pid) : NULL;

	return t && (t->state == PROC_ALIVE || t->state == PROC_ZOMBIE) ? t : NULL;
}

/* One target of kill: 0, -EPERM, -EAGAIN (tkill: queue full); sig 0 only checks. */
static long kill_one(struct proc *sender, struct proc *target, u32 sig, s32 code)
{
	if (!may_signal(sender, target, sig))
		return -LINUX_EPERM;
	if (!sig)
		return 0;
	struct sig_info si = { code, sender->pid, sender->cred.uid, 0 };
	return signal_send(target, sig, &si);
}

struct kill_many {
	struct proc *sender;
	u32 sig;
	int all;                /* everyone but init and the sender, or: */
	u32 pgid;               /* the members of this group */
	long result;            /* 0 if one was signalled, else the last error (-ESRCH: nobody) */
	int found;
};

static void kill_if_target(struct proc *p, void *arg)
{
	struct kill_many *k = arg;
	int target = k->all ? p->pid != 1 && p != k->sender : p->pgid == k->pgid;

	if ((p->state != PROC_ALIVE && p->state != PROC_ZOMBIE) || !target)
		return;
	long r = kill_one(k->sender, p, k->sig, LINUX_SI_USER);
	if (!k->found || r == 0)
		k->result = r;
	k->found = 1;
}

/* The sender's call is over if the signal killed it. */
static long after_send(struct call *c, u32 pid, long r)
{
	return c->p->state == PROC_ALIVE && c->p->pid == pid ? r : CALL_GONE;
}

long sys_kill(struct call *c)
{
	s32 pid = (s32)c->a[0];
	u32 sig = c->a[1], self = c->p->pid;

	if (sig > LINUX__NSIG)
		return -LINUX_EINVAL;
	if (pid > 0) {
		struct proc *t = signal_target(pid);
		return t ? after_send(c, self, kill_one(c->p, t, sig, LINUX_SI_USER)) : -LINUX_ESRCH;
	}
	if (pid == (s32)0x80000000)
		return -LINUX_ESRCH;
	struct kill_many k = { c->p, sig, pid == -1, pid == 0 ? c->p->pgid : (u32)-pid, -LINUX_ESRCH, 0 };
	proc_for_each(kill_if_target, &k);
	return after_send(c, self, k.result);
}

static long thread_kill(struct call *c, s32 tgid, s32 tid, u32 sig)
{
	u32 self = c->p->pid;

	if (tid <= 0 || tgid == 0 || tgid < -1 || sig > LINUX__NSIG)
		return -LINUX_EINVAL;
	struct proc *t = signal_target(tid);
	if (!t || (tgid > 0 && (u32)tgid != t->pid))
		return -LINUX_ESRCH;
	return after_send(c, self, kill_one(c->p, t, sig, LINUX_SI_TKILL));
}

long sys_tkill(struct call *c) { return thread_kill(c, -1, (s32)c->a[0], c->a[1]); }

long sys_tgkill(struct call *c)
{
	return (s32)c->a[0] <= 0 ? -LINUX_EINVAL : thread_kill(c, (s32)c->a[0], (s32)c->a[1], c->a[2]);
}

#define ANY_TGID ((s32)0x80000000)     /* rt_sigqueueinfo: no thread group given */

/* rt_sigqueueinfo/rt_tgsigqueueinfo: the sender's own siginfo, within Linux's limits. */
static long queue_info(struct call *c, s32 tgid, s32 tid, u32 sig, u32 uinfo)
{
	struct linux_siginfo info;
	u32 self = c->p->pid;

	if (vm_copy_in(&c->p->vm, &info, uinfo, sizeof(info)) != sizeof(info))
		return -LINUX_EFAULT;
	if (!valid_signal(sig) && sig)
		return -LINUX_EINVAL;
	struct proc *t = signal_target(tid);
	if (tgid != ANY_TGID && (tgid <= 0 || tid <= 0))
		return -LINUX_EINVAL;   /* rt_tgsigqueueinfo's ids; rt_sigqueueinfo's: ESRCH */
	if (!t || (tgid != ANY_TGID && (u32)tgid != t->pid))
		return -LINUX_ESRCH;
	if ((info.si_code >= 0 || info.si_code == LINUX_SI_TKILL) && t != c->p)
		return -LINUX_EPERM;    /* only the kernel sends those: no impersonating */
	if (!may_signal(c->p, t, sig))
		return -LINUX_EPERM;
	if (sig) {
		struct sig_info si = { info.si_code, info.sifields.rt.pid, info.sifields.rt.uid,
				       (u32)info.sifields.rt.sigval.sival_int };
		long r = signal_send(t, sig, &si);
		if (r < 0)
			return r;
	}
	return after_send(c, self, 0);
}

long sys_rt_sigqueueinfo(struct call *c)
{
	return queue_info(c, ANY_TGID, (s32)c->a[0], c->a[1], c->a[2]);
}

long sys_rt_tgsigqueueinfo(struct call *c)
{
	return queue_info(c, (s32)c->a[0], (s32)c->a[1], c->a[2], c->a[3]);
}

long sys_sigreturn(struct call *c) { return signal_return(c->p, 0); }
long sys_rt_sigreturn(struct call *c) { return signal_return(c->p, 1); }

/* Nothing is ever set up to be restarted this way (Linux's do_no_restart_syscall). */
long sys_restart_syscall(struct call *c) { return -LINUX_EINTR; }

static u32 user_sp(struct proc *p)
{
	exregs(p->tid, EXREGS_GET);
	return ((struct exregs_frame *)utcb()->mr)->sp;
}

/* Linux's do_sigaltstack for a new stack (the flags are kept as given). */
long signal_altstack_set(struct proc *p, const linux_stack_t *ss, u32 sp)
{
	u32 mode = (u32)ss->ss_flags & ~LINUX_SS_AUTODISARM;

	if (altstack_on(p, sp))
		return -LINUX_EPERM;
	if (mode != LINUX_SS_DISABLE && mode != LINUX_SS_ONSTACK && mode != 0)
		return -LINUX_EINVAL;
	if (mode != LINUX_SS_DISABLE && ss->ss_size < LINUX_MINSIGSTKSZ)
		return -LINUX_ENOMEM;
	p->altstack.ss_sp = mode == LINUX_SS_DISABLE ? 0 : ss->ss_sp;
	p->altstack.ss_size = mode == LINUX_SS_DISABLE ? 0 : ss->ss_size;
	p->altstack.ss_flags = ss->ss_flags;
	return 0;
}

long sys_sigaltstack(struct call *c)
{
	struct proc *p = c->p;
	linux_stack_t ss, old = p->altstack;
	u32 sp = user_sp(p);

	old.ss_flags = altstack_state(p, sp) | (p->altstack.ss_flags & (s32)LINUX_SS_AUTODISARM);
	if (c->a[0]) {
		if (vm_copy_in(&p->vm, &ss, c->a[0], sizeof(ss)) != sizeof(ss))
			return -LINUX_EFAULT;
		long err = signal_altstack_set(p, &ss, sp);
		if (err < 0)
			return err;
	}
	if (c->a[1] && vm_copy_out(&p->vm, c->a[1], &old, sizeof(old)) != sizeof(old))
		return -LINUX_EFAULT;
	return 0;
}

long itimer_unsupported(struct call *c)
{
	printf("mm0: pid %u (%s): ITIMER_VIRTUAL and ITIMER_PROF are not implemented (no CPU time "
	       "accounting): -EINVAL\n", c->p->pid, c->p->comm);
	return -LINUX_EINVAL;
}
