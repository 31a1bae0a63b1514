/*
 * Threads: creation in a space (with a kernel-allocated UTCB page mapped at
 * the requested address), start, suspend/resume, destruction.
 * Thread ids are index | generation << TID_INDEX_BITS, index 0 unused, and
 * always below 2^31 so a tid never looks like a negative error.
 */
#include <kernel/tcb.h>
#include <kernel/space.h>
#include <kernel/sched.h>
#include <kernel/ipc.h>
#include <kernel/irq.h>
#include <kernel/timer.h>
#include <kernel/kalloc.h>
#include <arch/mmu.h>

#define TID_GEN_MASK ((1u << (31 - TID_INDEX_BITS)) - 1)

struct tcb *tcb_table[TID_MAX_THREADS];
static u32 tcb_gen[TID_MAX_THREADS];
static u32 tcb_live[TID_MAX_THREADS / 32];     /* bit i: tcb_table[i] is in use */
static u32 ntcbs;
static struct kcache tcb_cache = KCACHE_INIT("tcb", 512);

STATIC_ASSERT(sizeof(struct tcb) <= 512, "tcb fits its cache object");
STATIC_ASSERT(offsetof(struct tcb, ctx) == 0, "entry.S saves into tcb->ctx");

void tcb_init(void)
{
	for (u32 i = 0; i < TID_MAX_THREADS; i++)
		tcb_gen[i] = 1;
}

u32 tcb_count(void)
{
	return ntcbs;
}

void tcb_for_each(void (*fn)(struct tcb *t, void *arg), void *arg)
{
	for (u32 w = 0; w < TID_MAX_THREADS / 32; w++)
		for (u32 bits = tcb_live[w]; bits; bits &= bits - 1)
			fn(tcb_table[w * 32 + (u32)__builtin_ctz(bits)], arg);
}

static long utcb_attach(struct tcb *t, struct space *s, u32 utcb_va)
{
	struct utcb *u = kpage_alloc(1, 1);

	if (!u)
		return -ENOMEM;
	long err = mmu_map_page(s, utcb_va, virt_to_phys(u), MAP_R | MAP_W);
	if (err < 0) {
		kpage_free(u, 1);
		return err;
	}
	t->utcb = u;
	t->utcb_va = utcb_va;
	t->tpidruro = utcb_va;
	return 0;
}

long tcb_create(struct space *s, u32 utcb_va, u32 prio, u32 flags, u32 pager, u32 handler,
		struct tcb **out)
{
	u32 i;

	for (i = 1; i < TID_MAX_THREADS && tcb_table[i]; i++)
		;
	if (i == TID_MAX_THREADS)
		return -EAGAIN;
	struct tcb *t = kcache_alloc(&tcb_cache);
	if (!t)
		return -ENOMEM;
	if (utcb_va) {
		long err = utcb_attach(t, s, utcb_va);
		if (err < 0) {
			kcache_free(&tcb_cache, t);
			return err;
		}
	}
	t->tid = ((tcb_gen[i] & TID_GEN_MASK) << TID_INDEX_BITS) | i;
	t->space = s;
	t->prio = (u8)prio;
	t->flags = flags;
	t->svc_kind = (flags & TF_LINUX) ? SVC_LINUX : (s->caps & CAP_NATIVE) ? SVC_NATIVE : SVC_EXCEPTION;
	t->pager = pager;
	t->handler = handler;
	t->state = TS_INACTIVE;
	t->after_send = TID_NONE;
	t->send_as = t->tid;
	t->ctx.cpsr = MODE_USR;
	if (t->utcb) {
		t->utcb->tid = t->tid;
		t->utcb->space = s->id;
	}
	tcb_table[i] = t;
	tcb_live[i / 32] |= 1u << (i % 32);
	s->nthreads++;
	ntcbs++;
	*out = t;
	return 0;
}

void tcb_start(struct tcb *t, u32 pc, u32 sp, u32 r0)
{
	ipc_cancel(t, -EINTR);
	sched_remove(t);
	t->ctx.pc = pc & ~1u;
	t->ctx.cpsr = MODE_USR | ((pc & 1) ? PSR_T : 0);
	t->ctx.sp = sp;
	t->ctx.r[0] = r0;
	sched_wake(t);
}

int tcb_suspend(struct tcb *t)
{
	int how = ipc_cancel(t, -EINTR);

	sched_remove(t);
	t->state = TS_INACTIVE;
	return how;
}

void tcb_resume(struct tcb *t)
{
	if (t->state == TS_INACTIVE)
		sched_wake(t);
}

void tcb_destroy(struct tcb *t)
{
	u32 i = t->tid & (TID_MAX_THREADS - 1);

	tcb_suspend(t);
	ipc_release_waiters(t);
	irq_forget(t);
	timer_forget(t);
	vfp_forget(t);
	if (t->utcb) {
		u32 pa, flags;
		if (mmu_lookup(t->space, t->utcb_va, &pa, &flags) == 0 && pa == virt_to_phys(t->utcb))
			mmu_unmap_page(t->space, t->utcb_va, 0);
		kpage_free(t->utcb, 1);
	}
	t->space->nthreads--;
	tcb_table[i] = NULL;
	tcb_live[i / 32] &= ~(1u << (i % 32));
	tcb_gen[i]++;
	ntcbs--;
	kcache_free(&tcb_cache, t);
}
