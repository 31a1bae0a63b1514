/*
 * Signals: generation, delivery, stop and continue (Linux's kernel/signal.c
 * and arch/arm/kernel/signal.c, as mm0 can do them from outside).
 *
 * A signal is pending in p->sigpending (one of each: standard signals do
 * not queue, and real-time ones are coalesced too, a known difference) and
 * acts when it is not blocked. How it reaches the process depends on where
 * the process is (proc.h):
 *   - mm0 is serving its call (mm0_serving): at the call's return;
 *   - blocked in a call mm0 holds: a handled signal ends the call (its
 *     interrupted result), a stop just marks it stopped, a fatal one kills;
 *   - anywhere else: mm0 suspends the thread (TC_SUSPEND), asks fs0 about
 *     a call it was in (FS0_INTERRUPT), delivers, and resumes it.
 * Delivery (deliver()) takes signals lowest first: ignored ones vanish, a
 * default action stops or ends the process, a handler gets a frame on the
 * stack (sigframe.c); several may stack up, the last one runs first. The
 * first frame decides what happens to an interrupted call: restarted
 * (the svc runs again with its original r0) or -EINTR, by Linux's rules.
 */
#include "syscall.h"
#include "signal.h"
#include <proto.h>
#include <linux_abi/wait.h>

struct proc *mm0_serving;

enum outcome { RAN, STOPPED, KILLED };

enum sig_default signal_default(u32 sig)
{
	switch (sig) {
	case LINUX_SIGCHLD: case LINUX_SIGURG: case LINUX_SIGWINCH:
		return SIG_DFL_IGN;
	case LINUX_SIGCONT:
		return SIG_DFL_CONT;
	case LINUX_SIGSTOP: case LINUX_SIGTSTP: case LINUX_SIGTTIN: case LINUX_SIGTTOU:
		return SIG_DFL_STOP;
	case LINUX_SIGQUIT: case LINUX_SIGILL: case LINUX_SIGTRAP: case LINUX_SIGABRT:
	case LINUX_SIGBUS: case LINUX_SIGFPE: case LINUX_SIGSEGV: case LINUX_SIGXCPU:
	case LINUX_SIGXFSZ: case LINUX_SIGSYS:
		return SIG_DFL_CORE;
	}
	return SIG_DFL_TERM;
}

static const struct linux_sigaction *action(const struct proc *p, u32 sig)
{
	return &p->act[sig - 1];
}

/* Would sig do nothing at all to p (ignored, or default-ignored)? */
static int ignored(const struct proc *p, u32 sig)
{
	u32 h = action(p, sig)->handler;

	if (sig == LINUX_SIGKILL || sig == LINUX_SIGSTOP)
		return 0;
	if (h == LINUX_SIG_IGN)
		return 1;
	return h == LINUX_SIG_DFL && (signal_default(sig) == SIG_DFL_IGN ||
				      signal_default(sig) == SIG_DFL_CONT);
}

/* What the first signal p would act on does: */
enum effect { NOTHING, HANDLER, STOP, FATAL };

/* A stop signal other than SIGSTOP does nothing to an orphaned process group (Linux). */
static int stop_discarded(const struct proc *p, u32 sig)
{
	return sig != LINUX_SIGSTOP && pgrp_orphaned(p->pgid);
}

static enum effect effect_of(const struct proc *p, u32 sig)
{
	if (ignored(p, sig))
		return NOTHING;
	if (action(p, sig)->handler != LINUX_SIG_DFL)
		return HANDLER;
	switch (signal_default(sig)) {
	case SIG_DFL_STOP:
		return stop_discarded(p, sig) ? NOTHING : STOP;
	case SIG_DFL_TERM:
	case SIG_DFL_CORE:
		return FATAL;
	default:
		return NOTHING;
	}
}

/* The lowest deliverable signal, taken off the pending set (its info in *si); 0 if none. */
static u32 dequeue(struct proc *p, struct sig_info *si)
{
	u32 sig = pending_next(p, ~p->sigmask);

	if (sig)
		pending_take(p, sig, si);
	return sig;
}

/* The first deliverable signal's effect, dropping those that would do nothing. */
static enum effect first_effect(struct proc *p)
{
	for (;;) {
		u32 sig = pending_next(p, ~p->sigmask);
		if (!sig)
			return NOTHING;
		enum effect e = effect_of(p, sig);
		if (e != NOTHING)
			return e;
		pending_drop(p, SIGBIT(sig));
	}
}

/* ---- stop and continue ---- */

/* The parent hears of a child's stop or continuation (SIGCHLD unless SA_NOCLDSTOP). */
static void tell_parent(struct proc *p, s32 code, u32 status)
{
	struct proc *parent = proc_alive(p->ppid);

	if (!parent)
		return;
	if (!(action(parent, LINUX_SIGCHLD)->flags & LINUX_SA_NOCLDSTOP)) {
		struct sig_info si = { code, p->pid, p->cred.uid, status };
		signal_send(parent, LINUX_SIGCHLD, &si);
	}
	wait_child_changed(parent);
}

static void do_stop(struct proc *p, u32 sig)
{
	p->stopped = 1;
	p->stop_sig = (u8)sig;
	p->report = REPORT_STOPPED;
	tell_parent(p, LINUX_CLD_STOPPED, sig);
}

static void reply_final(struct proc *p, long r0);

void proc_continue(struct proc *p)
{
	if (!p->stopped)
		return;
	p->stopped = 0;
	p->report = REPORT_CONTINUED;
	tell_parent(p, LINUX_CLD_CONTINUED, LINUX_SIGCONT);
	if (p->state != PROC_ALIVE)
		return;
	if (p->thread_held) {
		p->thread_held = 0;
		thread_resume(p->tid);
	}
	if (p->has_held_result) {
		p->has_held_result = 0;
		if (p->held_final)
			reply_final(p, p->held_result);
		else
			proc_reply(p, p->held_result);
	}
}

/* ---- delivery ---- */

static u32 svc_bytes(const struct exregs_frame *f)
{
	return (f->pc & 1) ? 2 : 4;
}

/* The handler's mask and one-shot reset after its frame is pushed. */
static void handler_entered(struct proc *p, u32 sig, const struct linux_sigaction *ka)
{
	u64 mask = (u64)ka->mask.sig[0] | (u64)ka->mask.sig[1] << 32;

	p->sigmask |= mask & ~UNBLOCKABLE;
	if (!(ka->flags & LINUX_SA_NODEFER))
		p->sigmask |= SIGBIT(sig) & ~UNBLOCKABLE;
	if (ka->flags & LINUX_SA_RESETHAND) {
		p->act[sig - 1].handler = LINUX_SIG_DFL;
		p->act[sig - 1].flags &= ~LINUX_SA_SIGINFO;
	}
}

/*
 * Delivers p's deliverable signals into the context u. in_call: u is a
 * call's return, with result (possibly a restart code) and u's r0 still
 * the call's first argument, pc after its svc. RAN: u is what the process
 * runs next; STOPPED: it stopped (u set for its continuation); KILLED.
 */
static enum outcome deliver(struct proc *p, struct sigctx *u, int in_call, long result)
{
	u32 continue_pc = u->f.pc, restart_pc = u->f.pc - svc_bytes(&u->f), orig_r0 = u->f.r[0];
	int restart = in_call && is_restart(result);
	struct sig_info si;
	u32 sig;

	if (in_call)
		u->f.r[0] = restart ? orig_r0 : (u32)result;
	if (restart)
		u->f.pc = restart_pc;
	while ((sig = dequeue(p, &si))) {
		const struct linux_sigaction *ka = action(p, sig);
		enum effect e = effect_of(p, sig);
		if (e == NOTHING)
			continue;
		if (e == FATAL) {
			proc_exit(p, sig);
			return KILLED;
		}
		if (e == STOP) {
			do_stop(p, sig);
			return STOPPED;
		}
		if (restart) {
			if (result == -ERESTARTNOHAND || result == -ERESTART_RESTARTBLOCK ||
			    (result == -ERESTARTSYS && !(ka->flags & LINUX_SA_RESTART))) {
				u->f.r[0] = (u32)-LINUX_EINTR;
				u->f.pc = continue_pc;
			}
			restart = 0;
		}
		u64 saved = p->restore_mask ? p->saved_mask : p->sigmask;
		if (!u->have_vfp && exregs(p->tid, EXREGS_GET_VFP) == 0) {
			memcpy(&u->vfp, utcb()->buf, sizeof(u->vfp));
			u->have_vfp = 1;
		}
		if (sigframe_push(p, u, sig, &si, ka, saved) < 0) {
			printf("mm0: pid %u (%s): no room for a signal frame: SIGSEGV\n", p->pid, p->comm);
			proc_exit(p, LINUX_SIGSEGV);
			return KILLED;
		}
		p->restore_mask = 0;
		handler_entered(p, sig, ka);
	}
	if (p->restore_mask) {
		p->sigmask = p->saved_mask;
		p->restore_mask = 0;
	}
	jobctl_sync(p);
	return RAN;
}

static void get_context(struct proc *p, struct sigctx *u)
{
	exregs(p->tid, EXREGS_GET);
	memcpy(&u->f, utcb()->mr, sizeof(u->f));
	u->have_vfp = 0;
}

static void set_context(struct proc *p, const struct sigctx *u)
{
	u32 flags = EXREGS_SET_REGS | EXREGS_SET_PC | EXREGS_SET_PSR;

	memcpy(utcb()->mr, &u->f, sizeof(u->f));
	if (u->have_vfp) {
		memcpy(utcb()->buf, &u->vfp, sizeof(u->vfp));
		flags |= EXREGS_SET_VFP;
	}
	exregs(p->tid, flags);
}

/* Delivers into p's context (its thread waits for mm0's reply); the r0 to reply with. */
static long deliver_for_reply(struct proc *p, int in_call, long result, long r0)
{
	struct sigctx u;

	get_context(p, &u);
	if (!in_call)
		u.f.r[0] = (u32)r0;
	enum outcome o = deliver(p, &u, in_call, result);
	if (o == KILLED)
		return CALL_GONE;
	set_context(p, &u);
	if (o == STOPPED) {
		p->has_held_result = 1;
		p->held_final = 1;      /* the context is set: only r0 remains to be given */
		p->held_result = (long)u.f.r[0];
		return CALL_PENDING;
	}
	return (long)u.f.r[0];
}

long signal_call_return(struct proc *p, long result)
{
	if (!signal_deliverable(p) && !is_restart(result) && !p->restore_mask)
		return result;
	return deliver_for_reply(p, 1, result, 0);
}

/* Answers p with r0 as it stands (no call to end or restart), delivering what is pending. */
static void reply_final(struct proc *p, long r0)
{
	if (signal_deliverable(p))
		r0 = deliver_for_reply(p, 0, 0, r0);
	if (r0 == CALL_GONE || r0 == CALL_PENDING)
		return;
	struct msg m = { .tag = TAG(0, 1), .mr = { (u32)r0 } };
	ipc_reply(p->tid, &m);
}

void proc_reply(struct proc *p, long result)
{
	if (p->stopped) {
		p->has_held_result = 1;
		p->held_final = 0;
		p->held_result = result;
		return;
	}
	long r = signal_call_return(p, result);
	if (r == CALL_GONE || r == CALL_PENDING)
		return;
	struct msg m = { .tag = TAG(0, 1), .mr = { (u32)r } };
	ipc_reply(p->tid, &m);
}

/* What became of the call p was in when its thread was stopped inside fs0. */
static long interrupted_fs0_call(struct proc *p)
{
	u32 kind;
	long result = fs_interrupt(p->pid, &kind);

	if (kind == FS0_INTR_NONE) {
		printf("mm0: pid %u (%s): interrupted in a call nobody holds\n", p->pid, p->comm);
		return -LINUX_EINTR;
	}
	return result;
}

/* p runs in user mode or waits inside fs0: stop its thread, deliver, let it go on. */
static void deliver_now(struct proc *p)
{
	struct sigctx u;
	long how = thread_suspend(p->tid);
	int in_call = how == CANCEL_LINUX_INSIDE;
	long result = in_call ? interrupted_fs0_call(p) : 0;

	if (!in_call && p->restore_mask) {      /* its ppoll/pselect6 is over: its mask goes */
		p->sigmask = p->saved_mask;
		p->restore_mask = 0;
	}
	get_context(p, &u);
	enum outcome o = deliver(p, &u, in_call, result);
	if (o == KILLED)
		return;
	set_context(p, &u);
	if (o == STOPPED)
		p->thread_held = 1;
	else
		thread_resume(p->tid);
}

/* A call mm0 holds for p is ended by a signal: its interrupted result. */
static long end_held_call(struct proc *p)
{
	switch (p->wait) {
	case WAIT_SLEEP:
		return time_sleep_interrupted(p);
	case WAIT_CHILD:
		p->wait = WAIT_NONE;
		return -ERESTARTSYS;
	case WAIT_SIGTIMEDWAIT:
		time_cancel_sleep(p);
		p->wait = WAIT_NONE;
		return -LINUX_EINTR;
	default:                                /* pause, rt_sigsuspend */
		p->wait = WAIT_NONE;
		return -ERESTARTNOHAND;
	}
}

/* p has a deliverable signal: make it act now, wherever p is. */
static void signal_wake(struct proc *p)
{
	if (p->stopped || p == mm0_serving)
		return;                 /* at SIGCONT, or at the end of the call being served */
	if (p->wait == WAIT_NONE) {
		deliver_now(p);
		return;
	}
	enum effect e = first_effect(p);
	if (e == FATAL) {
		struct sig_info si;
		proc_exit(p, dequeue(p, &si));
	} else if (e == STOP && p->wait != WAIT_VFORK) {
		struct sig_info si;
		do_stop(p, dequeue(p, &si));    /* the held call goes on; its answer waits */
	} else if (e == HANDLER && p->wait != WAIT_VFORK) {
		proc_reply(p, end_held_call(p));
	}
}

long signal_send(struct proc *p, u32 sig, const struct sig_info *info)
{
	static const struct sig_info kernel = { LINUX_SI_KERNEL, 0, 0, 0 };

	if (!p || p->state != PROC_ALIVE || !sig || sig > LINUX__NSIG)
		return 0;
	if (sig == LINUX_SIGKILL) {
		proc_exit(p, LINUX_SIGKILL);
		return 0;
	}
	if (sig == LINUX_SIGCONT) {
		pending_drop(p, STOP_SIGNALS);
		proc_continue(p);
	} else if (SIGBIT(sig) & STOP_SIGNALS) {
		pending_drop(p, SIGBIT(LINUX_SIGCONT));
	}
	if (!(p->sigmask & SIGBIT(sig)) && ignored(p, sig))
		return 0;
	if (p->wait == WAIT_SIGTIMEDWAIT && (p->sigwait_set & SIGBIT(sig))) {
		sigtimedwait_take(p, sig, info ? info : &kernel);
		return 0;
	}
	long r = pending_add(p, sig, info ? info : &kernel);
	if (r == 0 && !(p->sigmask & SIGBIT(sig)))
		signal_wake(p);
	return r;
}

struct pgrp_send {
	u32 pgid, sig, count;
	const struct sig_info *info;
};

static void send_if_member(struct proc *p, void *arg)
{
	struct pgrp_send *s = arg;

	if (p->state == PROC_ALIVE && p->pgid == s->pgid) {
		s->count++;
		signal_send(p, s->sig, s->info);
	}
}

u32 signal_send_pgrp(u32 pgid, u32 sig, const struct sig_info *info)
{
	struct pgrp_send s = { pgid, sig, 0, info };

	proc_for_each(send_if_member, &s);
	return s.count;
}

int signal_fault_handled(struct proc *p, u32 sig)
{
	struct linux_sigaction *ka = &p->act[sig - 1];

	if ((p->sigmask & SIGBIT(sig)) || ka->handler == LINUX_SIG_IGN) {
		ka->handler = LINUX_SIG_DFL;    /* forced, as force_sig_fault does */
		p->sigmask &= ~SIGBIT(sig);
	}
	return ka->handler != LINUX_SIG_DFL;
}

int signal_fault(struct proc *p, u32 sig, s32 code, u32 addr)
{
	struct sig_info si = { code, 0, 0, addr };
	struct sigctx u;

	p->sigpending |= SIGBIT(sig);
	p->info[sig - 1] = si;
	get_context(p, &u);
	enum outcome o = deliver(p, &u, 0, 0);
	if (o == KILLED)
		return 0;
	set_context(p, &u);
	if (o == STOPPED) {
		thread_suspend(p->tid);         /* ends its wait for the pager; SIGCONT resumes it */
		p->thread_held = 1;
	}
	return o == RAN;
}

long signal_return(struct proc *p, int rt)
{
	struct sigctx u;
	u64 mask;

	get_context(p, &u);
	if (sigframe_pop(p, &u, rt, &mask) < 0) {
		printf("mm0: pid %u (%s): bad signal frame at %08x: SIGSEGV\n", p->pid, p->comm, u.f.sp);
		proc_exit(p, LINUX_SIGSEGV);
		return CALL_GONE;
	}
	p->sigmask = mask & ~UNBLOCKABLE;
	jobctl_sync(p);
	set_context(p, &u);
	/* not a call that can be restarted: deliver what the old mask held back, as from user mode */
	return signal_deliverable(p) ? deliver_for_reply(p, 0, 0, (long)u.f.r[0]) : (long)u.f.r[0];
}

void signal_exec_reset(struct proc *p)
{
	for (u32 i = 0; i < LINUX__NSIG; i++) {
		struct linux_sigaction *ka = &p->act[i];
		if (ka->handler != LINUX_SIG_IGN)
			ka->handler = LINUX_SIG_DFL;
		ka->flags = 0;
		ka->restorer = 0;
		ka->mask.sig[0] = ka->mask.sig[1] = 0;
	}
	p->altstack.ss_sp = 0;
	p->altstack.ss_size = 0;
	p->altstack.ss_flags = LINUX_SS_DISABLE;
}
