/*
 * Synchronous IPC and notifications.
 *
 * A thread blocked sending sits on its destination's send queue (FIFO);
 * a thread blocked receiving sits on no queue, `partner` names whom it
 * accepts. Message transfer copies registers between the two saved frames
 * (mr0..mr3 = r3..r6) and mr4.. between UTCBs; kernel-made messages
 * (faults, Linux syscalls) are built from the sender's state instead, and a
 * thread waiting for a reply to one takes only what that reply means.
 *
 * A call hands the CPU straight to the receiver when it may run next
 * (sched_handoff), which is what keeps a round trip short.
 */
#include <kernel/ipc.h>
#include <kernel/sched.h>
#include <kernel/space.h>

#define IPC_BLOCKED 1

static void sendq_append(struct tcb *dst, struct tcb *snd)
{
	snd->sendq_next = NULL;
	if (dst->sendq_tail)
		dst->sendq_tail->sendq_next = snd;
	else
		dst->sendq_head = snd;
	dst->sendq_tail = snd;
}

static void sendq_remove(struct tcb *dst, struct tcb *snd)
{
	struct tcb *prev = NULL;

	for (struct tcb *x = dst->sendq_head; x; prev = x, x = x->sendq_next) {
		if (x != snd)
			continue;
		if (prev)
			prev->sendq_next = x->sendq_next;
		else
			dst->sendq_head = x->sendq_next;
		if (dst->sendq_tail == x)
			dst->sendq_tail = prev;
		x->sendq_next = NULL;
		return;
	}
	BUG_ON(1);      /* a TS_SEND thread is always on its partner's queue */
}

static int accepts(const struct tcb *rcv, const struct tcb *snd)
{
	return rcv->state == TS_RECV && (rcv->partner == TID_ANY || rcv->partner == snd->tid);
}

static void transfer_native(struct tcb *snd, struct tcb *rcv)
{
	u32 tag = snd->ctx.r[2];
	u32 len = TAG_LEN(tag);

	if (len > MR_IN_REGS) {
		if (snd->utcb && rcv->utcb)
			memcpy(&rcv->utcb->mr[MR_IN_REGS], &snd->utcb->mr[MR_IN_REGS],
			       (len - MR_IN_REGS) * sizeof(u32));
		else
			len = MR_IN_REGS;
	}
	rcv->ctx.r[2] = (tag & ~0xffffu) | (tag & TAG_FORWARD) | len;
	rcv->ctx.r[3] = snd->ctx.r[3];
	rcv->ctx.r[4] = snd->ctx.r[4];
	rcv->ctx.r[5] = snd->ctx.r[5];
	rcv->ctx.r[6] = snd->ctx.r[6];
}

static void transfer_kernel_msg(struct tcb *snd, struct tcb *rcv)
{
	u32 *r = rcv->ctx.r;

	if (snd->msg_kind == MSG_LINUX) {
		r[2] = TAG(LABEL_LINUX_SYSCALL, 8);
		r[3] = snd->ctx.r[0];
		r[4] = snd->ctx.r[1];
		r[5] = snd->ctx.r[2];
		r[6] = snd->ctx.r[3];
		if (rcv->utcb)
			memcpy(&rcv->utcb->mr[4], &snd->ctx.r[4], 4 * sizeof(u32));
		return;
	}
	r[2] = TAG(snd->msg_kind == MSG_PAGE_FAULT ? LABEL_PAGE_FAULT : LABEL_EXCEPTION, 3);
	r[3] = snd->fault_addr;
	r[4] = snd->fault_info;
	r[5] = snd->ctx.pc;
}

/* A forwarded message is delivered: the thread it was sent for now waits for rcv. */
static void hand_over_reply(struct tcb *snd, struct tcb *rcv)
{
	struct tcb *f = tcb_lookup(snd->send_as);

	if (f && f->state == TS_RECV && f->partner == snd->tid)
		f->partner = rcv->tid;
}

/* Deliver snd's message to rcv, which accepts it. */
static void transfer(struct tcb *snd, struct tcb *rcv)
{
	switch (rcv->recv_kind) {
	case RECV_REPLY_LINUX:
		rcv->ctx.r[0] = snd->msg_kind == MSG_NATIVE ? snd->ctx.r[3] : (u32)-EIO;
		return;
	case RECV_REPLY_FAULT:
		return;
	}
	rcv->ctx.r[0] = snd->send_as;
	if (likely(snd->msg_kind == MSG_NATIVE))
		transfer_native(snd, rcv);
	else
		transfer_kernel_msg(snd, rcv);
	if (unlikely(snd->send_as != snd->tid))
		hand_over_reply(snd, rcv);
}

static void deliver_notification(struct tcb *t)
{
	t->ctx.r[0] = 0;
	t->ctx.r[2] = TAG_NOTIFY | 1;
	t->ctx.r[3] = t->notify_pending;
	t->notify_pending = 0;
}

/* snd sends to `to`: 0 (delivered; *dst is runnable but not yet scheduled), IPC_BLOCKED or -errno. */
static long send_to(struct tcb *snd, u32 to, int nonblock, struct tcb **dst_out)
{
	struct tcb *dst = tcb_lookup(to);

	if (unlikely(!dst))
		return -ESRCH;
	if (unlikely(dst == snd))
		return -EDEADLK;
	if (accepts(dst, snd)) {
		transfer(snd, dst);
		dst->state = TS_RUNNABLE;
		*dst_out = dst;
		return 0;
	}
	if (nonblock)
		return -EAGAIN;
	snd->state = TS_SEND;
	snd->partner = to;
	sendq_append(dst, snd);
	return IPC_BLOCKED;
}

static void send_completed(struct tcb *snd);

/* t waits for a message from `from`: 0 (received), IPC_BLOCKED or -errno. */
static long receive_from(struct tcb *t, u32 from, int nonblock)
{
	struct tcb *snd;

	if (from == TID_ANY) {
		if (t->notify_pending && t->recv_kind == RECV_NATIVE) {
			deliver_notification(t);
			return 0;
		}
		snd = t->sendq_head;
	} else {
		if (!tcb_lookup(from))
			return -ESRCH;
		for (snd = t->sendq_head; snd && snd->tid != from; snd = snd->sendq_next)
			;
	}
	if (snd) {
		sendq_remove(t, snd);
		transfer(snd, t);
		send_completed(snd);
		return 0;
	}
	if (nonblock)
		return -EAGAIN;
	t->state = TS_RECV;
	t->partner = from;
	return IPC_BLOCKED;
}

/* snd's queued message was taken: on to its receive phase, or back to running. */
static void send_completed(struct tcb *snd)
{
	long r = 0;

	if (snd->after_send != TID_NONE) {
		r = receive_from(snd, snd->after_send, 0);
		if (r == IPC_BLOCKED)
			return;
	}
	if (snd->msg_kind == MSG_NATIVE && (snd->after_send == TID_NONE || r < 0))
		snd->ctx.r[0] = (u32)r;
	sched_wake(snd);
}

/* Whom the receiver will see as sender: t, or the thread t forwards for (TAG_FORWARD). */
static long set_send_as(struct tcb *t, u32 tag)
{
	t->send_as = t->tid;
	if (!(tag & TAG_FORWARD))
		return 0;
	struct tcb *f = t->utcb ? tcb_lookup(t->utcb->forward) : NULL;
	if (!f || f->state != TS_RECV || f->partner != t->tid)
		return -EINVAL;
	t->send_as = f->tid;
	return 0;
}

void sys_ipc(struct tcb *t)
{
	u32 tag = t->ctx.r[2];
	u32 from = (tag & TAG_RECV) ? t->ctx.r[1] : TID_NONE;
	struct tcb *dst = NULL;
	long r;

	if (unlikely((tag & TAG_RECV) && from == TID_NONE)) {
		t->ctx.r[0] = (u32)-EINVAL;
		return;
	}
	t->recv_kind = RECV_NATIVE;
	if (tag & TAG_SEND) {
		if (unlikely(TAG_LABEL(tag) >= LABEL_KERNEL_MIN || TAG_LEN(tag) > MR_MAX)) {
			t->ctx.r[0] = (u32)-EINVAL;
			return;
		}
		t->msg_kind = MSG_NATIVE;
		t->after_send = from;
		r = set_send_as(t, tag);
		if (r == 0)
			r = send_to(t, t->ctx.r[0], tag & TAG_SEND_NB, &dst);
		if (r == IPC_BLOCKED)
			return;
		if (r < 0) {
			t->ctx.r[0] = (u32)r;
			return;
		}
		if (from == TID_NONE) {
			t->ctx.r[0] = 0;
			sched_wake(dst);
			return;
		}
	} else if (!(tag & TAG_RECV)) {
		t->ctx.r[0] = (u32)-EINVAL;
		return;
	}
	r = receive_from(t, from, tag & TAG_RECV_NB);
	if (dst) {
		if (r == IPC_BLOCKED)
			sched_handoff(dst);
		else
			sched_wake(dst);
	}
	if (r < 0)
		t->ctx.r[0] = (u32)r;
}

long ipc_kernel_call(struct tcb *t, u32 tid, enum msg_kind kind)
{
	struct tcb *dst = NULL;

	t->msg_kind = kind;
	t->send_as = t->tid;
	t->recv_kind = kind == MSG_LINUX ? RECV_REPLY_LINUX : RECV_REPLY_FAULT;
	t->after_send = tid;
	long r = send_to(t, tid, 0, &dst);
	if (r == IPC_BLOCKED)
		return 0;
	if (r < 0)
		return r;
	r = receive_from(t, tid, 0);
	if (r == IPC_BLOCKED)
		sched_handoff(dst);
	else
		sched_wake(dst);
	return 0;
}

long ipc_notify(struct tcb *t, u32 bits)
{
	t->notify_pending |= bits;
	if (t->state == TS_RECV && t->partner == TID_ANY && t->recv_kind == RECV_NATIVE &&
	    t->notify_pending) {
		deliver_notification(t);
		sched_wake(t);
	}
	return 0;
}

/* An aborted IPC leaves err in r0 only where r0 is the call's result. */
static void set_ipc_error(struct tcb *t, long err)
{
	int native_or_linux = t->state == TS_SEND ? t->msg_kind == MSG_NATIVE || t->msg_kind == MSG_LINUX
						  : t->recv_kind != RECV_REPLY_FAULT;
	if (native_or_linux)
		t->ctx.r[0] = (u32)err;
}

/* A Linux syscall not yet received: run the svc again (2 bytes in Thumb). */
static void rewind_svc(struct tcb *t)
{
	t->ctx.pc -= frame_is_thumb(&t->ctx) ? 2 : 4;
}

int ipc_cancel(struct tcb *t, long err)
{
	int how = CANCEL_IPC;

	if (t->state == TS_SEND) {
		struct tcb *dst = tcb_lookup(t->partner);
		BUG_ON(!dst);
		sendq_remove(dst, t);
		if (t->msg_kind == MSG_LINUX) {
			rewind_svc(t);
			how = CANCEL_LINUX_UNSENT;
		}
	} else if (t->state != TS_RECV) {
		return CANCEL_NONE;
	} else if (t->recv_kind == RECV_REPLY_LINUX) {
		how = CANCEL_LINUX_INSIDE;
	}
	if (how == CANCEL_IPC)
		set_ipc_error(t, err);
	t->state = TS_INACTIVE;
	return how;
}

static void release_if_waiting(struct tcb *x, void *arg)
{
	struct tcb *dying = arg;

	if (x->state == TS_RECV && x->partner == dying->tid) {
		set_ipc_error(x, -ESRCH);
		sched_wake(x);
	}
}

void ipc_release_waiters(struct tcb *t)
{
	while (t->sendq_head) {
		struct tcb *x = t->sendq_head;
		sendq_remove(t, x);
		set_ipc_error(x, -ESRCH);
		sched_wake(x);
	}
	tcb_for_each(release_if_waiting, t);
}
