/*
 * Native kernel calls for servers and in-guest tests (see
 * uapi/persona/native.h for the contract of each). Every wrapper returns
 * the kernel's r0: >= 0 on success, -errno on failure.
 */
#ifndef USER_NATIVE_H
#define USER_NATIVE_H

#include <persona/native.h>
#include <persona/utcb.h>
#include <persona/errno.h>

/* An IPC message: tag plus mr0..mr3 (mr4.. live in the UTCB). */
struct msg {
	u32 tag;
	u32 mr[MR_IN_REGS];
};

static inline struct utcb *utcb(void)
{
	u32 v;

	__asm__ volatile("mrc p15, 0, %0, c13, c0, 3" : "=r"(v));
	return (struct utcb *)v;
}

static inline long native_call(u32 nr, u32 a0, u32 a1, u32 a2, u32 a3, u32 a4, u32 a5, u32 a6)
{
	register u32 r0 __asm__("r0") = a0;
	register u32 r1 __asm__("r1") = a1;
	register u32 r2 __asm__("r2") = a2;
	register u32 r3 __asm__("r3") = a3;
	register u32 r4 __asm__("r4") = a4;
	register u32 r5 __asm__("r5") = a5;
	register u32 r6 __asm__("r6") = a6;
	register u32 r7 __asm__("r7") = nr;

	__asm__ volatile("svc #0"
			 : "+r"(r0), "+r"(r1), "+r"(r2), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6)
			 : "r"(r7)
			 : "memory", "cc");
	return (long)r0;
}

/* One IPC: flags are TAG_SEND/RECV/..., m in (tag, mr0-3) and out. Returns r0. */
static inline long ipc(u32 to, u32 from, u32 flags, struct msg *m)
{
	register u32 r0 __asm__("r0") = to;
	register u32 r1 __asm__("r1") = from;
	register u32 r2 __asm__("r2") = m->tag | flags;
	register u32 r3 __asm__("r3") = m->mr[0];
	register u32 r4 __asm__("r4") = m->mr[1];
	register u32 r5 __asm__("r5") = m->mr[2];
	register u32 r6 __asm__("r6") = m->mr[3];
	register u32 r7 __asm__("r7") = NR_IPC;

	__asm__ volatile("svc #0"
			 : "+r"(r0), "+r"(r1), "+r"(r2), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6)
			 : "r"(r7)
			 : "memory", "cc");
	if ((long)r0 >= 0 && (flags & TAG_RECV)) {
		m->tag = r2;
		m->mr[0] = r3;
		m->mr[1] = r4;
		m->mr[2] = r5;
		m->mr[3] = r6;
	}
	return (long)r0;
}

static inline long ipc_send(u32 to, struct msg *m) { return ipc(to, TID_NONE, TAG_SEND, m); }
static inline long ipc_recv(u32 from, struct msg *m)
{
	*m = (struct msg){ 0 };
	return ipc(TID_NONE, from, TAG_RECV, m);
}

static inline long ipc_poll(u32 from, struct msg *m)
{
	*m = (struct msg){ 0 };
	return ipc(TID_NONE, from, TAG_RECV | TAG_RECV_NB, m);
}
static inline long ipc_call(u32 to, struct msg *m) { return ipc(to, to, TAG_SEND | TAG_RECV, m); }
static inline long ipc_reply(u32 to, struct msg *m) { return ipc(to, TID_NONE, TAG_SEND | TAG_SEND_NB, m); }
/* Reply to `to`, then wait for the next message from anyone. */
static inline long ipc_reply_wait(u32 to, struct msg *m)
{
	return ipc(to, TID_ANY, TAG_SEND | TAG_SEND_NB | TAG_RECV, m);
}

static inline long notify(u32 tid, u32 bits)
{
	return native_call(NR_NOTIFY, tid, bits, 0, 0, 0, 0, 0);
}

static inline long thread_create(u32 space, u32 utcb_va, u32 prio, u32 flags, u32 pager, u32 handler)
{
	return native_call(NR_THREAD_CONTROL, TC_CREATE, space, utcb_va, prio, flags, pager, handler);
}

static inline long thread_start(u32 tid, u32 pc, u32 sp, u32 arg)
{
	return native_call(NR_THREAD_CONTROL, TC_START, tid, pc, sp, arg, 0, 0);
}

static inline long thread_suspend(u32 tid) { return native_call(NR_THREAD_CONTROL, TC_SUSPEND, tid, 0, 0, 0, 0, 0); }
static inline long thread_resume(u32 tid) { return native_call(NR_THREAD_CONTROL, TC_RESUME, tid, 0, 0, 0, 0, 0); }
static inline long thread_destroy(u32 tid) { return native_call(NR_THREAD_CONTROL, TC_DESTROY, tid, 0, 0, 0, 0, 0); }
static inline long thread_state(u32 tid) { return native_call(NR_THREAD_CONTROL, TC_STATE, tid, 0, 0, 0, 0, 0); }
static inline long thread_set_space(u32 tid, u32 space)
{
	return native_call(NR_THREAD_CONTROL, TC_SET_SPACE, tid, space, 0, 0, 0, 0);
}
static inline long thread_set(u32 tid, u32 prio, u32 pager, u32 handler)
{
	return native_call(NR_THREAD_CONTROL, TC_SET, tid, prio, pager, handler, 0, 0);
}

static inline long space_create(u32 caps) { return native_call(NR_SPACE_CONTROL, SC_CREATE, caps, 0, 0, 0, 0, 0); }
static inline long space_destroy(u32 id) { return native_call(NR_SPACE_CONTROL, SC_DESTROY, id, 0, 0, 0, 0, 0); }
static inline long space_self(void) { return native_call(NR_SPACE_CONTROL, SC_SELF, 0, 0, 0, 0, 0, 0); }

static inline long map(u32 space, u32 va, u32 src, u32 npages, u32 flags)
{
	return native_call(NR_MAP, space, va, src, npages, flags, 0, 0);
}

static inline long unmap(u32 space, u32 va, u32 npages, u32 keep)
{
	return native_call(NR_UNMAP, space, va, npages, keep, 0, 0, 0);
}

/* Frame in and out through utcb()->mr (struct exregs_frame). */
static inline long exregs(u32 tid, u32 flags)
{
	return native_call(NR_EXREGS, tid, flags, 0, 0, 0, 0, 0);
}

static inline long irq_control(u32 op, u32 irq, u32 bits)
{
	return native_call(NR_IRQ_CONTROL, op, irq, bits, 0, 0, 0, 0);
}

static inline long timer_alarm(u64 deadline_ticks, u32 bits)
{
	return native_call(NR_TIMER, (u32)deadline_ticks, (u32)(deadline_ticks >> 32), bits, 0, 0, 0, 0);
}

static inline long yield(void) { return native_call(NR_YIELD, 0, 0, 0, 0, 0, 0, 0); }
static inline long debug_write(u32 len) { return native_call(NR_DEBUG_WRITE, len, 0, 0, 0, 0, 0, 0); }
static inline long kinfo(u32 which) { return native_call(NR_SYSTEM, SYS_KINFO, which, 0, 0, 0, 0, 0); }
static inline long poweroff(u32 status) { return native_call(NR_SYSTEM, SYS_POWEROFF, status, 0, 0, 0, 0, 0); }

/* The generic timer's virtual count, readable from user mode. */
static inline u64 read_cntvct(void)
{
	u32 lo, hi;

	__asm__ volatile("isb; mrrc p15, 1, %0, %1, c14" : "=r"(lo), "=r"(hi));
	return ((u64)hi << 32) | lo;
}

static inline u32 read_cntfrq(void)
{
	u32 v;

	__asm__ volatile("mrc p15, 0, %0, c14, c0, 0" : "=r"(v));
	return v;
}

#endif
