/*
 * The copy call (a server reading and writing a client's memory) and IPC
 * forwarding (a server passing a caller on to another server, which then
 * replies to the caller directly).
 */
#include "ktest.h"

#define CLIENT_VA   0x30000000u

static int t_copy_between_spaces(void)
{
	long s = kt_space(CAP_NATIVE);
	u8 *rw = kt_page(0), *ro = kt_page(1);
	char buf[64];

	CHECK_OK(s);
	memset(rw, 0, 4096);
	memset(ro, 'r', 4096);
	CHECK_OK(map((u32)s, CLIENT_VA, (u32)rw, 1, MAP_R | MAP_W | MAP_FROM_VA));
	CHECK_OK(map((u32)s, CLIENT_VA + 4096, (u32)ro, 1, MAP_R | MAP_FROM_VA));
	/* write into the client, read it back */
	CHECK_EQ(native_call(NR_COPY, (u32)s, CLIENT_VA + 10, (u32)"hello", 6, COPY_TO_SPACE, 0, 0), 6);
	CHECK(!memcmp(rw + 10, "hello", 6));
	memset(buf, 0, sizeof buf);
	CHECK_EQ(native_call(NR_COPY, (u32)s, CLIENT_VA + 10, (u32)buf, 6, COPY_FROM_SPACE, 0, 0), 6);
	CHECK(!memcmp(buf, "hello", 6));
	/* across the page boundary: readable both, writable only the first */
	CHECK_EQ(native_call(NR_COPY, (u32)s, CLIENT_VA + 4090, (u32)buf, 12, COPY_FROM_SPACE, 0, 0), 12);
	CHECK(!memcmp(buf + 6, "rrrrrr", 6));
	CHECK_EQ(native_call(NR_COPY, (u32)s, CLIENT_VA + 4090, (u32)"abcdefghijkl", 12, COPY_TO_SPACE,
			     0, 0), 6);                 /* short: stopped at the read-only page */
	CHECK_EQ(native_call(NR_COPY, (u32)s, CLIENT_VA + 4096, (u32)"x", 1, COPY_TO_SPACE, 0, 0), -EFAULT);
	CHECK_EQ(ro[0], 'r');
	/* unmapped, kernel, device, too long, bad direction, no such space */
	CHECK_EQ(native_call(NR_COPY, (u32)s, CLIENT_VA + 8192, (u32)buf, 4, COPY_FROM_SPACE, 0, 0), -EFAULT);
	CHECK_EQ(native_call(NR_COPY, (u32)s, 0x80000000u, (u32)buf, 4, COPY_FROM_SPACE, 0, 0), -EFAULT);
	CHECK_OK(map((u32)s, CLIENT_VA + 8192, 0x09000000, 1, MAP_R | MAP_W | MAP_DEVICE));
	CHECK_EQ(native_call(NR_COPY, (u32)s, CLIENT_VA + 8192, (u32)buf, 4, COPY_FROM_SPACE, 0, 0), -EFAULT);
	CHECK_EQ(native_call(NR_COPY, (u32)s, CLIENT_VA, (u32)buf, COPY_MAX_BYTES + 1, COPY_FROM_SPACE, 0, 0),
		 -EINVAL);
	CHECK_EQ(native_call(NR_COPY, (u32)s, CLIENT_VA, (u32)buf, 4, 7, 0, 0), -EINVAL);
	CHECK_EQ(native_call(NR_COPY, 0x7fffff00, CLIENT_VA, (u32)buf, 4, COPY_FROM_SPACE, 0, 0), -ESRCH);
	/* our side must be writable when we receive */
	CHECK_EQ(native_call(NR_COPY, (u32)s, CLIENT_VA, (u32)t_copy_between_spaces, 4, COPY_FROM_SPACE, 0, 0),
		 -EFAULT);
	CHECK_EQ(native_call(NR_COPY, (u32)s, CLIENT_VA, (u32)buf, 0, COPY_FROM_SPACE, 0, 0), 0);
	return 0;
}

static volatile long fwd_reply_from, fwd_reply_value;

static void fwd_client(u32 first)
{
	struct msg m = { .tag = TAG(0x33, 1), .mr = { 21 } };

	fwd_reply_from = ipc_call(first, &m);
	fwd_reply_value = m.mr[0];
}

/* Receives one request from anyone, replies mr0 * 2 to whoever the sender is. */
static void fwd_final(u32 unused)
{
	struct msg m;
	long from = ipc_recv(TID_ANY, &m);

	m.mr[0] = (m.tag & TAG_FORWARD) ? m.mr[0] * 2 : 0;
	m.tag = TAG(0, 1);
	ipc_reply((u32)from, &m);
}

static int t_ipc_forward(void)
{
	long s = kt_space(CAP_NATIVE);
	long final = kt_thread((u32)s, fwd_final, 0, 12, 0, TID_NONE, TID_NONE);
	struct msg m;

	fwd_reply_from = fwd_reply_value = 0;
	long c = kt_thread((u32)s, fwd_client, kt_self, 10, 0, TID_NONE, TID_NONE);
	CHECK_EQ(kt_recv_msg(&m), c);
	CHECK_EQ(TAG_LABEL(m.tag), 0x33);
	/* forwarding for a thread that is not waiting for us fails */
	utcb()->forward = (u32)final;
	CHECK_EQ(ipc(final, TID_NONE, TAG_SEND | TAG_FORWARD, &m), -EINVAL);
	utcb()->forward = (u32)c;
	CHECK_OK(ipc((u32)final, TID_NONE, TAG_SEND | TAG_FORWARD, &m));
	CHECK(kt_wait_eq((volatile u32 *)&fwd_reply_value, 42, 100));
	CHECK_EQ(fwd_reply_from, final);        /* the reply came from the final server */
	/* the client no longer waits for us */
	m.tag = TAG(0, 0);
	CHECK_EQ(ipc_reply((u32)c, &m), -EAGAIN);
	return 0;
}

KT_TABLE(copy_tests) = {
	{ "copy_between_spaces", t_copy_between_spaces },
	{ "ipc_forward_reply_goes_direct", t_ipc_forward },
};
const unsigned copy_ntests = sizeof(copy_tests) / sizeof(copy_tests[0]);
