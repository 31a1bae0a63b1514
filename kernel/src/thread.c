/*
 * thread_control and exchange_registers (CAP_CONTROL). A thread may not
 * start, destroy or exchange registers with itself: its registers are
 * live in the entry frame, and a thread cannot free the TCB it runs on.
 */
#include <kernel/syscall.h>
#include <kernel/sched.h>
#include <kernel/space.h>
#include <arch/layout.h>

#define EXREGS_ALL (EXREGS_GET | EXREGS_SET_REGS | EXREGS_SET_PC | EXREGS_SET_PSR | EXREGS_SET_TLS | \
		    EXREGS_GET_VFP | EXREGS_SET_VFP | EXREGS_GET_TIME)
#define PSR_USER_FLAGS 0xf80f0000u      /* N Z C V Q and GE[3:0] */
#define PSR_IT_MASK    0x0600fc00u

static int valid_utcb_va(u32 va)
{
	return (va & (PAGE_SIZE - 1)) == 0 && va < USER_TOP;
}

static long tc_create(struct tcb *t, u32 *r)
{
	struct space *s = r[1] == SPACE_SELF ? t->space : space_lookup(r[1]);
	u32 utcb_va = r[2], prio = r[3], flags = r[4];
	struct tcb *nt;

	if (!s)
		return -ESRCH;
	if (prio > PRIO_MAX || (flags & ~TF_LINUX) || (utcb_va && !valid_utcb_va(utcb_va)) ||
	    ((flags & TF_LINUX) && utcb_va))
		return -EINVAL;
	long err = tcb_create(s, utcb_va, prio, flags, r[5], r[6], &nt);
	return err < 0 ? err : (long)nt->tid;
}

static void set_prio(struct tcb *x, u32 prio)
{
	int queued = x->rq_next != NULL;

	if (queued)
		sched_remove(x);
	x->prio = (u8)prio;
	if (queued)
		sched_wake(x);
}

static long tc_set(struct tcb *x, u32 prio, u32 pager, u32 handler)
{
	if (prio != ~0u && prio > PRIO_MAX)
		return -EINVAL;
	if (prio != ~0u)
		set_prio(x, prio);
	if (pager != ~0u)
		x->pager = pager;
	if (handler != ~0u)
		x->handler = handler;
	return 0;
}

/* Moves x (not running, without a UTCB) into space id: execve builds the new image there. */
static long tc_set_space(struct tcb *t, struct tcb *x, u32 id)
{
	struct space *s = space_lookup(id);

	if (!s)
		return -ESRCH;
	if (x == t || x->utcb)
		return -EINVAL;
	if (x->space != s) {
		x->space->nthreads--;
		s->nthreads++;
		x->space = s;
		if (!(x->flags & TF_LINUX))
			x->svc_kind = (s->caps & CAP_NATIVE) ? SVC_NATIVE : SVC_EXCEPTION;
	}
	return 0;
}

static long thread_control(struct tcb *t, u32 *r)
{
	if (r[0] == TC_CREATE)
		return tc_create(t, r);
	struct tcb *x = tcb_lookup(r[1]);
	if (!x)
		return -ESRCH;
	switch (r[0]) {
	case TC_START:
		if (x == t || r[2] >= USER_TOP)
			return -EINVAL;
		tcb_start(x, r[2], r[3], r[4]);
		return 0;
	case TC_SUSPEND:
		return tcb_suspend(x);
	case TC_RESUME:
		tcb_resume(x);
		return 0;
	case TC_DESTROY:
		if (x == t)
			return -EINVAL;
		tcb_destroy(x);
		return 0;
	case TC_SET:
		return tc_set(x, r[2], r[3], r[4]);
	case TC_STATE:
		return x->state;
	case TC_SET_SPACE:
		return tc_set_space(t, x, r[2]);
	}
	return -EINVAL;
}

void sys_thread_control(struct tcb *t)
{
	if (!(t->space->caps & CAP_CONTROL)) {
		t->ctx.r[0] = (u32)-EPERM;
		return;
	}
	t->ctx.r[0] = (u32)thread_control(t, t->ctx.r);
}

static void exregs_set(struct tcb *x, const struct exregs_frame *f, u32 flags)
{
	if (flags & EXREGS_SET_REGS) {
		memcpy(x->ctx.r, f->r, sizeof(f->r));
		x->ctx.sp = f->sp;
		x->ctx.lr = f->lr;
	}
	if (flags & EXREGS_SET_PC) {
		x->ctx.pc = f->pc & ~1u;
		x->ctx.cpsr &= ~(PSR_T | PSR_IT_MASK);
		if (f->pc & 1)
			x->ctx.cpsr |= PSR_T;
	}
	if (flags & EXREGS_SET_PSR) {
		u32 keep = PSR_USER_FLAGS | ((x->ctx.cpsr & PSR_T) ? PSR_IT_MASK : 0);
		x->ctx.cpsr = (x->ctx.cpsr & ~keep) | (f->cpsr & keep);
	}
	if (flags & EXREGS_SET_TLS) {
		x->tpidruro = f->tpidruro;
		x->tpidrurw = f->tpidrurw;
	}
}

/* The VFP registers of x through the caller's UTCB buffer (signal frames need them). */
static void exregs_vfp(struct tcb *t, struct tcb *x, u32 flags)
{
	struct exregs_vfp *v = (struct exregs_vfp *)t->utcb->buf;

	vfp_flush(x);                   /* x->vfp is now the truth */
	if (flags & EXREGS_GET_VFP) {
		if (x->vfp.used) {
			memcpy(v->d, x->vfp.d, sizeof(v->d));
			v->fpscr = x->vfp.fpscr;
		} else {
			memset(v, 0, sizeof(*v));
		}
		v->fpexc = VFP_FPEXC_EN;
	}
	if (flags & EXREGS_SET_VFP) {
		memcpy(x->vfp.d, v->d, sizeof(v->d));
		x->vfp.fpscr = v->fpscr;
		x->vfp.used = 1;
	}
}

static long exregs(struct tcb *t, u32 tid, u32 flags)
{
	struct tcb *x = tcb_lookup(tid);

	if (!x)
		return -ESRCH;
	if (x == t || !t->utcb || !flags || (flags & ~EXREGS_ALL))
		return -EINVAL;
	if (flags & EXREGS_GET_TIME) {          /* utcb->buf holds one thing: alone */
		if (flags != EXREGS_GET_TIME)
			return -EINVAL;
		((struct exregs_time *)t->utcb->buf)->user_ticks = x->user_ticks;
		return 0;
	}
	struct exregs_frame *f = (struct exregs_frame *)t->utcb->mr;
	struct exregs_frame old;
	memcpy(old.r, x->ctx.r, sizeof(old.r));
	old.sp = x->ctx.sp;
	old.lr = x->ctx.lr;
	old.pc = x->ctx.pc | (frame_is_thumb(&x->ctx) ? 1 : 0);
	old.cpsr = x->ctx.cpsr;
	old.tpidruro = x->tpidruro;
	old.tpidrurw = x->tpidrurw;
	exregs_set(x, f, flags);
	if (flags & EXREGS_GET)
		memcpy(f, &old, sizeof(old));
	if (flags & (EXREGS_GET_VFP | EXREGS_SET_VFP))
		exregs_vfp(t, x, flags);
	return 0;
}

void sys_exregs(struct tcb *t)
{
	if (!(t->space->caps & CAP_CONTROL)) {
		t->ctx.r[0] = (u32)-EPERM;
		return;
	}
	t->ctx.r[0] = (u32)exregs(t, t->ctx.r[0], t->ctx.r[1]);
}
