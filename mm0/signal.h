/*
 * Signals in mm0 (see signal.c): generation, delivery, stopping and
 * continuing, and how a call ends when a signal interrupts it.
 */
#ifndef MM0_SIGNAL_H
#define MM0_SIGNAL_H

#include "proc.h"

#define SIGBIT(n)       (1ull << ((n) - 1))
#define UNBLOCKABLE     (SIGBIT(LINUX_SIGKILL) | SIGBIT(LINUX_SIGSTOP))
#define STOP_SIGNALS    (SIGBIT(LINUX_SIGSTOP) | SIGBIT(LINUX_SIGTSTP) | SIGBIT(LINUX_SIGTTIN) | \
			 SIGBIT(LINUX_SIGTTOU))

/* Linux's internal results of an interrupted call (never seen by a process) */
#define ERESTARTSYS             512
#define ERESTARTNOINTR          513
#define ERESTARTNOHAND          514
#define ERESTART_RESTARTBLOCK   516

static inline int is_restart(long r)
{
	return r == -ERESTARTSYS || r == -ERESTARTNOINTR || r == -ERESTARTNOHAND ||
	       r == -ERESTART_RESTARTBLOCK;
}

/* The process mm0 is serving a call of right now (its thread waits for this reply). */
extern struct proc *mm0_serving;

/*
 * A signal for p, with what its siginfo says (NULL: sent by the kernel,
 * SI_KERNEL): 0, or -EAGAIN when a real-time signal with data cannot be
 * queued (RLIMIT_SIGPENDING).
 */
long signal_send(struct proc *p, u32 sig, const struct sig_info *info);
/* ... for every live member of process group pgid; the number of members. */
u32 signal_send_pgrp(u32 pgid, u32 sig, const struct sig_info *info);
/*
 * A fault the process caused (SIGSEGV, SIGBUS, SIGILL, SIGTRAP), while its
 * thread waits for the pager's reply. First: will a handler take it (a
 * blocked or ignored one is reset to the default, as Linux forces it)?
 * If not, the pager ends the process. Then signal_fault delivers it: 1 if
 * the thread may resume (into the handler), 0 if it died or stopped.
 */
int signal_fault_handled(struct proc *p, u32 sig);
int signal_fault(struct proc *p, u32 sig, s32 code, u32 addr);

/*
 * sigqueue.c: the pending set. pending_add makes one more instance of sig
 * pending (0, or -EAGAIN: over RLIMIT_SIGPENDING with data); pending_next
 * is the signal in set that goes first (Linux's order: synchronous ones,
 * then lowest), 0 if none; pending_take takes its oldest instance;
 * pending_drop discards every instance of the signals in set.
 */
long pending_add(struct proc *p, u32 sig, const struct sig_info *si);
u32 pending_next(const struct proc *p, u64 set);
void pending_take(struct proc *p, u32 sig, struct sig_info *si);
void pending_drop(struct proc *p, u64 set);

/* Any signal p would act on now (pending and not blocked)? */
static inline int signal_deliverable(const struct proc *p)
{
	return (p->sigpending & ~p->sigmask) != 0;
}

/*
 * The call p made (and whose reply mm0 holds) ends with result: signals
 * are delivered around it (handler frames, stop, death, restart) and the
 * process is answered. Returns the value to put in r0, or CALL_PENDING
 * (stopped: answered at SIGCONT) or CALL_GONE (it died); the caller
 * sends the reply.
 */
long signal_call_return(struct proc *p, long result);
/* Ends a call mm0 holds for p with result now (a wait finished), unless p is stopped. */
void proc_reply(struct proc *p, long result);

/* sigreturn (119) and rt_sigreturn (173) */
long signal_return(struct proc *p, int rt);

/* execve: handlers back to SIG_DFL (ignored stay ignored), no alternate stack. */
void signal_exec_reset(struct proc *p);

/* Job control: continue a stopped process (SIGCONT's effect). */
void proc_continue(struct proc *p);
/* jobctl.c: is process group pgid orphaned (no member with a parent in the same session, other group)? */
int pgrp_orphaned(u32 pgid);
/* Tells fs0 how p takes SIGTTIN/SIGTTOU and whether its group is orphaned, if that changed. */
void jobctl_sync(struct proc *p);
/* Membership or parents in group pgid changed: its orphaned state, to every member. */
void jobctl_group_changed(u32 pgid);
/* p left group old_pgid (setpgid, setsid) or went (exit, its children adopted): groups around it. */
void jobctl_moved(struct proc *p, u32 old_pgid);

/* The default action of sig: */
enum sig_default { SIG_DFL_TERM, SIG_DFL_CORE, SIG_DFL_IGN, SIG_DFL_STOP, SIG_DFL_CONT };
enum sig_default signal_default(u32 sig);

/* sigframe.c */
struct sigctx;
/* Pushes a handler frame for sig onto p's stack; 0 or -EFAULT. */
long sigframe_push(struct proc *p, struct sigctx *u, u32 sig, const struct sig_info *si,
		   const struct linux_sigaction *ka, u64 saved_mask);
/* Reads the frame at sp back into u and *mask; 0 or -EFAULT/-EINVAL (a bad frame). */
long sigframe_pop(struct proc *p, struct sigctx *u, int rt, u64 *mask);

/* Is sp on p's alternate stack (Linux's on_sig_stack: never, once SS_AUTODISARM is set)? */
static inline int altstack_on(const struct proc *p, u32 sp)
{
	if (p->altstack.ss_flags & (s32)LINUX_SS_AUTODISARM)
		return 0;
	return sp > p->altstack.ss_sp && sp - p->altstack.ss_sp <= p->altstack.ss_size;
}

/* Linux's sas_ss_flags: SS_DISABLE (none), SS_ONSTACK (sp on it) or 0. */
static inline s32 altstack_state(const struct proc *p, u32 sp)
{
	if (!p->altstack.ss_size)
		return LINUX_SS_DISABLE;
	return altstack_on(p, sp) ? LINUX_SS_ONSTACK : 0;
}

/* sigaltstack's change of p's alternate stack, sp being p's stack pointer: 0 or -errno. */
long signal_altstack_set(struct proc *p, const linux_stack_t *ss, u32 sp);

/* The interrupted context a handler frame saves: registers, VFP, fault details. */
struct sigctx {
	struct exregs_frame f;
	struct exregs_vfp vfp;
	int have_vfp;
};

#endif
