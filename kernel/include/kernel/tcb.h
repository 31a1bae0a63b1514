/*
 * Thread control blocks and thread ids.
 *
 * Ownership: a TCB is on at most one of: the run queue (state RUNNABLE,
 * not current), one thread's send queue (state TS_SEND). A TS_RECV thread
 * is on no queue; `partner` says whom it waits for.
 */
#ifndef KERNEL_TCB_H
#define KERNEL_TCB_H

#include <kernel/kernel.h>
#include <persona/native.h>
#include <persona/utcb.h>
#include <arch/frame.h>
#include <arch/vfp.h>

struct space;

/* What a sending thread's message is made of (see ipc.c:transfer). */
enum msg_kind {
	MSG_NATIVE,             /* r2 tag, r3..r6 + UTCB */
	MSG_PAGE_FAULT,         /* fault_addr, fault_info, pc */
	MSG_EXCEPTION,          /* fault_addr = EXC_*, fault_info, pc */
	MSG_LINUX,              /* r0..r7 */
};

/* What a receiving thread takes from a message. */
enum recv_kind {
	RECV_NATIVE,            /* the whole message into r0, r2..r6 and the UTCB */
	RECV_REPLY_LINUX,       /* reply to a Linux syscall: mr0 into r0 only */
	RECV_REPLY_FAULT,       /* reply to a fault: nothing, the thread retries */
};

/* Fixed at creation from TF_LINUX and the space's CAP_NATIVE. */
enum svc_kind {
	SVC_NATIVE,             /* a native call */
	SVC_LINUX,              /* a Linux syscall: message to the handler */
	SVC_EXCEPTION,          /* not allowed: EXC_SVC to the pager */
};

struct tcb {
	struct frame ctx;       /* must be first: entry.S saves into it */
	u32 tpidruro, tpidrurw;
	u32 tid;
	u8 state;               /* TS_* */
	u8 prio;
	u8 msg_kind;            /* enum msg_kind, while sending */
	u8 recv_kind;           /* enum recv_kind, while receiving */
	u8 svc_kind;            /* enum svc_kind: what an svc of this thread means */
	u32 flags;              /* TF_* */
	struct space *space;
	u32 pager, handler;     /* tids receiving our faults / Linux syscalls */

	/* IPC */
	u32 partner;            /* TS_SEND: destination; TS_RECV: TID_ANY or a tid */
	u32 after_send;         /* receive phase to enter once sent, TID_NONE: none */
	u32 send_as;            /* sender id the receiver sees: tid, or the forwarded thread */
	u32 fault_addr, fault_info;
	struct tcb *sendq_head, *sendq_tail;    /* threads blocked sending to us */
	struct tcb *sendq_next;                 /* our link while TS_SEND */
	u32 notify_pending;

	/* scheduling */
	struct tcb *rq_next, *rq_prev;

	/* one alarm, a notification at an absolute counter value */
	u64 alarm_deadline;
	u32 alarm_bits;
	struct tcb *alarm_next;

	struct utcb *utcb;      /* kernel va of the UTCB page, NULL: none */
	u32 utcb_va;

	struct vfp_state vfp;

	u64 user_ticks;         /* CPU time, sampled (timer.c), in counter ticks */
};

extern struct tcb *tcb_table[TID_MAX_THREADS];

void tcb_init(void);

/* The live thread with this id, or NULL (stale generation, TID_ANY, TID_NONE). */
static inline struct tcb *tcb_lookup(u32 tid)
{
	struct tcb *t = tcb_table[tid & (TID_MAX_THREADS - 1)];

	return (t && t->tid == tid) ? t : NULL;
}

long tcb_create(struct space *s, u32 utcb_va, u32 prio, u32 flags, u32 pager, u32 handler,
		struct tcb **out);
void tcb_start(struct tcb *t, u32 pc, u32 sp, u32 r0);
/* Stops t; what happened to its IPC: CANCEL_* (uapi/persona/native.h). */
int tcb_suspend(struct tcb *t);
void tcb_resume(struct tcb *t);
void tcb_destroy(struct tcb *t);
u32 tcb_count(void);

/* Calls fn on every live thread (rare paths only: destroy, integrity). */
void tcb_for_each(void (*fn)(struct tcb *t, void *arg), void *arg);

#endif
