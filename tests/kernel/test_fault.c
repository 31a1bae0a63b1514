/*
 * Page faults and exceptions: delivered to the pager with address, access
 * and pc; the pager maps and the thread retries, or stops or redirects it;
 * user access to kernel memory is a fault like any other.
 */
#include "ktest.h"

#define HOLE_VA     0x30000000u     /* unmapped in every child space */
#define EXEC_HOLE   0x31000000u

static volatile u32 fault_result;

static void write_then_read(u32 va)
{
	volatile u32 *p = (volatile u32 *)va;

	*p = 42;
	fault_result = *p + 1;
}

/* Receives one fault message; checks it came from `from`. */
static int expect_fault(long from, u32 label, struct msg *m)
{
	long r = kt_recv_msg(m);

	CHECK_EQ(r, from);
	CHECK_EQ(TAG_LABEL(m->tag), label);
	return 0;
}

static int t_pagefault_map_retry(void)
{
	long s = kt_space(CAP_NATIVE);
	struct msg m;

	fault_result = 0;
	long c = kt_thread((u32)s, write_then_read, HOLE_VA, 10, 0, kt_self, TID_NONE);
	CHECK_OK(c);
	if (expect_fault(c, LABEL_PAGE_FAULT, &m))
		return -1;
	CHECK_EQ(m.mr[0], HOLE_VA);
	CHECK(m.mr[1] & FAULT_WRITE);
	/* translation fault: section level (no L2 table yet) or page level */
	CHECK(FAULT_STATUS(m.mr[1]) == 0x5 || FAULT_STATUS(m.mr[1]) == 0x7);
	CHECK((u32)write_then_read <= m.mr[2] && m.mr[2] < (u32)write_then_read + 64);
	CHECK_EQ(thread_state((u32)c), TS_RECV);
	u8 *page = kt_page(0);
	memset(page, 0, 4096);
	CHECK_OK(map((u32)s, HOLE_VA, (u32)page, 1, MAP_R | MAP_W | MAP_FROM_VA));
	m.tag = TAG(0, 0);
	CHECK_OK(ipc_reply((u32)c, &m));
	CHECK(kt_wait_eq(&fault_result, 43, 100));
	CHECK_EQ(*(volatile u32 *)page, 42);    /* the child wrote our frame */
	return 0;
}

static void reader(u32 va)
{
	fault_result = *(volatile u32 *)va;
}

static int t_pagefault_access_types(void)
{
	long s = kt_space(CAP_NATIVE);
	struct msg m;

	long c = kt_thread((u32)s, reader, HOLE_VA, 10, 0, kt_self, TID_NONE);
	if (expect_fault(c, LABEL_PAGE_FAULT, &m))
		return -1;
	CHECK_EQ(m.mr[1] & (FAULT_READ | FAULT_WRITE | FAULT_EXEC), FAULT_READ);
	CHECK_OK(thread_destroy((u32)c));

	/* a write to a read-only page is a permission fault */
	CHECK_OK(map((u32)s, HOLE_VA, (u32)kt_page(1), 1, MAP_R | MAP_FROM_VA));
	c = kt_thread((u32)s, write_then_read, HOLE_VA, 10, 0, kt_self, TID_NONE);
	if (expect_fault(c, LABEL_PAGE_FAULT, &m))
		return -1;
	CHECK_EQ(m.mr[0], HOLE_VA);
	CHECK(m.mr[1] & FAULT_WRITE);
	CHECK_EQ(FAULT_STATUS(m.mr[1]), 0xf);   /* permission fault, page level */
	CHECK_OK(thread_destroy((u32)c));

	/* jumping to an unmapped address is an exec fault at that pc */
	c = kt_thread((u32)s, (void (*)(u32))EXEC_HOLE, 0, 10, 0, kt_self, TID_NONE);
	if (expect_fault(c, LABEL_PAGE_FAULT, &m))
		return -1;
	CHECK_EQ(m.mr[0], EXEC_HOLE);
	CHECK_EQ(m.mr[1] & (FAULT_READ | FAULT_WRITE | FAULT_EXEC), FAULT_EXEC);
	CHECK_EQ(m.mr[2], EXEC_HOLE);
	return 0;
}

static volatile u32 redirected;

static void recovery(u32 code)
{
	redirected = code;
}

static int t_fault_stop_or_redirect(void)
{
	long s = kt_space(CAP_NATIVE);
	struct msg m;

	/* stop: the pager does not reply but suspends the thread */
	long c = kt_thread((u32)s, reader, HOLE_VA, 10, 0, kt_self, TID_NONE);
	if (expect_fault(c, LABEL_PAGE_FAULT, &m))
		return -1;
	CHECK_EQ(thread_suspend((u32)c), CANCEL_IPC);
	CHECK_EQ(thread_state((u32)c), TS_INACTIVE);
	m.tag = TAG(0, 0);
	CHECK_EQ(ipc_reply((u32)c, &m), -EAGAIN);       /* no longer waiting */

	/* redirect: new pc and r0, then the reply resumes it there */
	redirected = 0;
	c = kt_thread((u32)s, reader, HOLE_VA, 10, 0, kt_self, TID_NONE);
	if (expect_fault(c, LABEL_PAGE_FAULT, &m))
		return -1;
	struct exregs_frame *f = (struct exregs_frame *)utcb()->mr;
	CHECK_OK(exregs((u32)c, EXREGS_GET));
	f->pc = (u32)recovery;
	f->r[0] = 0x5a5a;
	CHECK_OK(exregs((u32)c, EXREGS_SET_PC | EXREGS_SET_REGS));
	m.tag = TAG(0, 0);
	CHECK_OK(ipc_reply((u32)c, &m));
	CHECK(kt_wait_eq(&redirected, 0x5a5a, 100));
	return 0;
}

static int t_fault_without_pager(void)
{
	long s = kt_space(CAP_NATIVE);

	long c = kt_thread((u32)s, reader, HOLE_VA, 10, 0, TID_NONE, TID_NONE);
	CHECK_OK(c);
	CHECK(kt_wait_state((u32)c, TS_INACTIVE, 100));  /* the kernel stopped it */
	return 0;
}

static volatile u32 kernel_probe_value;

static void kernel_reader(u32 va)
{
	kernel_probe_value = *(volatile u32 *)va;
}

static void kernel_writer(u32 va)
{
	*(volatile u32 *)va = 0xdeadbeef;
}

static int t_kernel_memory_is_a_fault(void)
{
	static const u32 addrs[] = { 0x80000000u, 0x80100000u, 0xf0000000u, 0xfffff000u };
	long s = kt_space(CAP_ALL);
	struct msg m;

	for (unsigned i = 0; i < sizeof(addrs) / sizeof(addrs[0]); i++) {
		for (int w = 0; w < 2; w++) {
			long c = kt_thread((u32)s, w ? kernel_writer : kernel_reader, addrs[i], 10, 0,
					   kt_self, TID_NONE);
			if (expect_fault(c, LABEL_PAGE_FAULT, &m))
				return -1;
			CHECK_EQ(m.mr[0], addrs[i]);
			CHECK_EQ(!!(m.mr[1] & FAULT_WRITE), w);
			CHECK_OK(thread_destroy((u32)c));
		}
	}
	CHECK_EQ(kernel_probe_value, 0);
	return 0;
}

static void undefined_insn(u32 unused)
{
	__asm__ volatile(".word 0xe7f000f0");   /* udf #0 (ARM) */
}

static void svc_without_native(u32 unused)
{
	__asm__ volatile("mov r7, #9; svc #0" ::: "r7", "r0");
}

static int t_exceptions_to_pager(void)
{
	struct msg m;

	long c = kt_thread((u32)kt_space(CAP_NATIVE), undefined_insn, 0, 10, 0, kt_self, TID_NONE);
	if (expect_fault(c, LABEL_EXCEPTION, &m))
		return -1;
	CHECK_EQ(m.mr[0], EXC_UNDEF);
	CHECK((u32)undefined_insn <= m.mr[2] && m.mr[2] < (u32)undefined_insn + 16);
	CHECK_EQ(*(u32 *)m.mr[2], 0xe7f000f0);  /* pc is the instruction itself */

	c = kt_thread((u32)kt_space(0), svc_without_native, 0, 10, 0, kt_self, TID_NONE);
	if (expect_fault(c, LABEL_EXCEPTION, &m))
		return -1;
	CHECK_EQ(m.mr[0], EXC_SVC);
	CHECK_EQ(m.mr[1], 9);
	return 0;
}

KT_TABLE(fault_tests) = {
	{ "pagefault_map_and_retry", t_pagefault_map_retry },
	{ "pagefault_access_types", t_pagefault_access_types },
	{ "fault_pager_stops_or_redirects", t_fault_stop_or_redirect },
	{ "fault_without_pager_stops_thread", t_fault_without_pager },
	{ "user_access_to_kernel_memory_faults", t_kernel_memory_is_a_fault },
	{ "exceptions_reach_pager", t_exceptions_to_pager },
};
const unsigned fault_ntests = sizeof(fault_tests) / sizeof(fault_tests[0]);
