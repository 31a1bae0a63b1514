/*
 * The IPC fast paths (seL4's idea): a call to a server waiting in an open
 * receive, the server's reply-and-wait to a caller waiting for it, a
 * forward-and-wait (mm0 passing a Linux call on to fs0), and a Linux
 * syscall to a handler waiting in an open receive — each with at most
 * eight message words, the partner able to run next, and nothing queued
 * on the way. One check per precondition, then the point of no return;
 * anything else takes the general path in ipc.c, which gives the same
 * result, only slower.
 */
#include <kernel/fastpath.h>
#include <kernel/sched.h>

#define OP_MASK     (TAG_SEND | TAG_RECV | TAG_SEND_NB | TAG_RECV_NB | TAG_FORWARD)
#define OP_CALL     (TAG_SEND | TAG_RECV)
#define OP_REPLY_WAIT (TAG_SEND | TAG_SEND_NB | TAG_RECV)
#define OP_FORWARD_WAIT (TAG_SEND | TAG_FORWARD | TAG_RECV)
#define FAST_MAX_LEN 8u             /* mr0-3 in registers, mr4-7 one UTCB block */

/* Four words moved as one (ldm/stm): the message registers. */
struct four {
	u32 w[4];
};

/* The message of snd to rcv, as sent by `from`: registers, and mr4-7 if len > 4. */
static inline void copy_msg(struct tcb *snd, struct tcb *rcv, u32 tag, u32 from)
{
	u32 *r = rcv->ctx.r;

	r[0] = from;
	r[2] = tag & ~(0xffc0u & ~TAG_FORWARD);     /* label, length, and forwarded or not */
	*(struct four *)&r[3] = *(const struct four *)&snd->ctx.r[3];
	if (TAG_LEN(tag) > MR_IN_REGS)
		*(struct four *)&rcv->utcb->mr[4] = *(const struct four *)&snd->utcb->mr[4];
}

struct frame *fastpath_ipc(struct tcb *t)
{
	u32 *r = t->ctx.r;
	u32 tag = r[2], op = tag & OP_MASK;
	struct tcb *dst;

	struct tcb *fwd = NULL;

	if (unlikely(TAG_LEN(tag) > FAST_MAX_LEN || TAG_LABEL(tag) >= LABEL_KERNEL_MIN))
		return NULL;
	dst = tcb_lookup(r[0]);
	if (unlikely(!dst || dst->state != TS_RECV))
		return NULL;
	if (unlikely(TAG_LEN(tag) > MR_IN_REGS && (!t->utcb || !dst->utcb)))
		return NULL;
	if (op == OP_CALL) {
		if (unlikely(r[1] != r[0] || dst->recv_kind != RECV_NATIVE))
			return NULL;
		if (unlikely(dst->partner != TID_ANY && dst->partner != t->tid))
			return NULL;
	} else if (op == OP_REPLY_WAIT || op == OP_FORWARD_WAIT) {
		if (unlikely(r[1] != TID_ANY || t->sendq_head != NULL || t->notify_pending))
			return NULL;    /* the receive phase would not block */
		if (op == OP_REPLY_WAIT) {
			if (unlikely(dst->partner != t->tid))
				return NULL;
		} else {
			fwd = t->utcb ? tcb_lookup(t->utcb->forward) : NULL;
			if (unlikely(!fwd || fwd->state != TS_RECV || fwd->partner != t->tid))
				return NULL;
			if (unlikely(dst->recv_kind != RECV_NATIVE || dst->partner != TID_ANY))
				return NULL;
		}
	} else {
		return NULL;
	}
	if (unlikely(!sched_may_run_now(dst)))
		return NULL;

	/* ---- POINT OF NO RETURN ---- */
	if (unlikely(fwd)) {
		copy_msg(t, dst, tag, fwd->tid);
		fwd->partner = dst->tid;        /* the forwarded caller now waits for dst */
	} else if (likely(dst->recv_kind == RECV_NATIVE)) {
		copy_msg(t, dst, tag & ~TAG_FORWARD, t->tid);
	} else if (dst->recv_kind == RECV_REPLY_LINUX) {
		dst->ctx.r[0] = r[3];
	}
	t->state = TS_RECV;
	t->partner = r[1];
	t->recv_kind = RECV_NATIVE;
	dst->state = TS_RUNNABLE;
	sched_switch_from(t, dst);
	return &dst->ctx;
}

struct frame *fastpath_linux(struct tcb *t)
{
	struct tcb *h = tcb_lookup(t->handler);
	u32 *s = t->ctx.r, *r;

	if (unlikely(!h || h->state != TS_RECV || h->recv_kind != RECV_NATIVE || !h->utcb))
		return NULL;
	if (unlikely(h->partner != TID_ANY && h->partner != t->tid))
		return NULL;
	if (unlikely(!sched_may_run_now(h)))
		return NULL;

	/* ---- POINT OF NO RETURN ---- */
	r = h->ctx.r;
	r[0] = t->tid;
	r[2] = TAG(LABEL_LINUX_SYSCALL, 8);
	*(struct four *)&r[3] = *(const struct four *)&s[0];
	*(struct four *)&h->utcb->mr[4] = *(const struct four *)&s[4];
	t->msg_kind = MSG_LINUX;
	t->state = TS_RECV;
	t->partner = h->tid;
	t->recv_kind = RECV_REPLY_LINUX;
	h->state = TS_RUNNABLE;
	sched_switch_from(t, h);
	return &h->ctx;
}
