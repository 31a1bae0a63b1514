/*
 * IPC: call/reply across spaces, long messages, open and specific
 * receive, deferred replies, replies to callers that went away, and the
 * error returns of the IPC call itself.
 */
#include "ktest.h"

/* Echo server: replies label+1 and every message register + 1. */
static void echo_server(u32 unused)
{
	struct msg m;
	long from = ipc_recv(TID_ANY, &m);

	for (;;) {
		u32 len = TAG_LEN(m.tag);
		for (u32 i = 0; i < MR_IN_REGS; i++)
			m.mr[i]++;
		for (u32 i = MR_IN_REGS; i < len; i++)
			utcb()->mr[i]++;
		m.tag = TAG(TAG_LABEL(m.tag) + 1, len);
		from = ipc_reply_wait((u32)from, &m);
	}
}

static int t_call_reply(void)
{
	long s = kt_space(CAP_NATIVE);
	CHECK_OK(s);
	long srv = kt_thread((u32)s, echo_server, 0, 10, 0, TID_NONE, TID_NONE);
	CHECK_OK(srv);
	for (u32 round = 0; round < 3; round++) {
		struct msg m = { .tag = TAG(0x42, 4), .mr = { round, 2, 3, 4 } };
		long from = ipc_call((u32)srv, &m);
		CHECK_EQ(from, srv);
		CHECK_EQ(TAG_LABEL(m.tag), 0x43);
		CHECK_EQ(TAG_LEN(m.tag), 4);
		CHECK_EQ(m.mr[0], round + 1);
		CHECK_EQ(m.mr[3], 5);
	}
	return 0;
}

static int t_long_message(void)
{
	long s = kt_space(CAP_NATIVE);
	CHECK_OK(s);
	long srv = kt_thread((u32)s, echo_server, 0, 10, 0, TID_NONE, TID_NONE);
	CHECK_OK(srv);
	struct msg m = { .tag = TAG(1, MR_MAX), .mr = { 0, 1, 2, 3 } };
	for (u32 i = MR_IN_REGS; i < MR_MAX; i++)
		utcb()->mr[i] = 1000 + i;
	CHECK_EQ(ipc_call((u32)srv, &m), srv);
	CHECK_EQ(TAG_LEN(m.tag), MR_MAX);
	for (u32 i = MR_IN_REGS; i < MR_MAX; i++)
		CHECK_EQ(utcb()->mr[i], 1001 + i);
	return 0;
}

static volatile u32 sent_ok[4];

/* Sends {arg} to ktest with label 7 and records the send's result. */
static void sender(u32 arg)
{
	struct msg m = { .tag = TAG(7, 1), .mr = { arg } };

	sent_ok[arg] = ipc_send(kt_self, &m) == 0 ? 1 : 2;
}

static int t_open_receive(void)
{
	long a = kt_thread((u32)kt_space(CAP_NATIVE), sender, 1, 10, 0, TID_NONE, TID_NONE);
	long b = kt_thread((u32)kt_space(CAP_NATIVE), sender, 2, 10, 0, TID_NONE, TID_NONE);
	CHECK_OK(a);
	CHECK_OK(b);
	sent_ok[1] = sent_ok[2] = 0;
	u32 seen = 0;
	for (int i = 0; i < 2; i++) {
		struct msg m;
		long from = kt_recv_msg(&m);
		CHECK(from == a || from == b);
		CHECK_EQ(TAG_LABEL(m.tag), 7);
		CHECK_EQ(m.mr[0], from == a ? 1 : 2);
		seen |= 1u << m.mr[0];
	}
	CHECK_EQ(seen, 6);
	CHECK(kt_wait_eq(&sent_ok[1], 1, 100) && kt_wait_eq(&sent_ok[2], 1, 100));
	return 0;
}

static int t_receive_specific(void)
{
	long a = kt_thread((u32)kt_space(CAP_NATIVE), sender, 1, 10, 0, TID_NONE, TID_NONE);
	CHECK_OK(a);
	kt_run_others();        /* a is now queued on us */
	long b = kt_thread((u32)kt_space(CAP_NATIVE), sender, 2, 10, 0, TID_NONE, TID_NONE);
	CHECK_OK(b);
	kt_run_others();
	CHECK_EQ(thread_state((u32)a), TS_SEND);
	CHECK_EQ(thread_state((u32)b), TS_SEND);
	struct msg m;
	CHECK_EQ(ipc_recv((u32)b, &m), b);     /* b although a queued first */
	CHECK_EQ(m.mr[0], 2);
	CHECK_EQ(ipc_poll(TID_ANY, &m), a);
	CHECK_EQ(m.mr[0], 1);
	CHECK_EQ(ipc_poll(TID_ANY, &m), -EAGAIN);
	return 0;
}

static volatile u32 reply_order[2], reply_count;

/* Calls ktest's deferred server (arg = its tid) and records when it got its reply. */
static void deferred_client(u32 srv)
{
	struct msg m = { .tag = TAG(9, 0) };
	long r = ipc_call(srv, &m);

	reply_order[reply_count++] = r == (long)srv ? m.mr[0] : 0xdead;
}

/* Holds the first caller's reply while it serves the second one. */
static void deferred_server(u32 unused)
{
	struct msg m;
	long first = ipc_recv(TID_ANY, &m);
	long second = ipc_recv(TID_ANY, &m);

	m.tag = TAG(0, 1);
	m.mr[0] = 2;
	ipc_reply((u32)second, &m);
	m.mr[0] = 1;
	ipc_reply((u32)first, &m);
}

static int t_deferred_reply(void)
{
	long s = kt_space(CAP_NATIVE);
	long srv = kt_thread((u32)s, deferred_server, 0, 12, 0, TID_NONE, TID_NONE);
	CHECK_OK(srv);
	reply_count = 0;
	/* equal priorities: the clients run in the order they were answered */
	kt_thread((u32)kt_space(CAP_NATIVE), deferred_client, (u32)srv, 10, 0, TID_NONE, TID_NONE);
	kt_sleep_us(2000);
	CHECK_EQ(reply_count, 0);       /* first caller is held */
	kt_thread((u32)kt_space(CAP_NATIVE), deferred_client, (u32)srv, 10, 0, TID_NONE, TID_NONE);
	CHECK(kt_wait_eq(&reply_count, 2, 200));
	CHECK_EQ(reply_order[0], 2);    /* the second caller was answered first */
	CHECK_EQ(reply_order[1], 1);
	return 0;
}

static void caller_of_ktest(u32 unused)
{
	struct msg m = { .tag = TAG(5, 0) };

	ipc_call(kt_self, &m);
}

static int t_reply_vanished(void)
{
	long c = kt_thread((u32)kt_space(CAP_NATIVE), caller_of_ktest, 0, 10, 0, TID_NONE, TID_NONE);
	struct msg m;
	CHECK_EQ(kt_recv_msg(&m), c);
	CHECK_OK(thread_destroy((u32)c));
	m.tag = TAG(0, 0);
	CHECK_EQ(ipc_reply((u32)c, &m), -ESRCH);
	CHECK_EQ(ipc_reply_wait((u32)c, &m), -ESRCH);  /* fails before the receive phase */
	return 0;
}

static void idle_thread(u32 unused)
{
}

static int t_reply_not_waiting(void)
{
	long c = kt_thread((u32)kt_space(CAP_NATIVE), idle_thread, 0, 10, 0, TID_NONE, TID_NONE);
	kt_sleep_us(1000);      /* it now waits for a message from itself */
	struct msg m = { .tag = TAG(0, 0) };
	CHECK_EQ(ipc_reply((u32)c, &m), -EAGAIN);
	return 0;
}

static int t_ipc_errors(void)
{
	struct msg m = { .tag = TAG(1, 0) };
	CHECK_EQ(ipc_send(0x7ffff123, &m), -ESRCH);
	CHECK_EQ(ipc_send(kt_self, &m), -EDEADLK);
	CHECK_EQ(ipc_call(TID_NONE, &m), -EINVAL);
	CHECK_EQ(ipc(TID_NONE, TID_NONE, TAG_RECV, &m), -EINVAL);
	CHECK_EQ(ipc(TID_NONE, TID_ANY, 0, &m), -EINVAL);
	m.tag = TAG(LABEL_PAGE_FAULT, 0);
	CHECK_EQ(ipc_send(kt_self, &m), -EINVAL);       /* kernel labels are reserved */
	m.tag = TAG(1, MR_MAX + 1);
	CHECK_EQ(ipc_send(kt_self, &m), -EINVAL);
	CHECK_EQ(ipc_poll(TID_ANY, &m), -EAGAIN);
	CHECK_EQ(ipc_recv(0x7ffff123, &m), -ESRCH);
	return 0;
}

KT_TABLE(ipc_tests) = {
	{ "ipc_call_reply", t_call_reply },
	{ "ipc_long_message", t_long_message },
	{ "ipc_open_receive", t_open_receive },
	{ "ipc_receive_specific", t_receive_specific },
	{ "ipc_deferred_reply", t_deferred_reply },
	{ "ipc_reply_vanished_caller", t_reply_vanished },
	{ "ipc_reply_not_waiting", t_reply_not_waiting },
	{ "ipc_invalid_arguments", t_ipc_errors },
};
const unsigned ipc_ntests = sizeof(ipc_tests) / sizeof(ipc_tests[0]);
