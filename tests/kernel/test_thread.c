/*
 * Threads and spaces: exchange_registers, suspend/resume, destroying
 * threads blocked in IPC (and what happens to their partners), space
 * lifetime.
 */
#include "ktest.h"

static volatile u32 counter, exregs_seen, child_cpsr;

static void count_forever(u32 unused)
{
	for (;;)
		counter++;
}

static void park_forever(void)
{
	for (;;)
		yield();
}

static void exregs_target(u32 r0)
{
	u32 cpsr;

	__asm__ volatile("mrs %0, cpsr" : "=r"(cpsr));
	child_cpsr = cpsr;
	exregs_seen = r0;
}

static int t_exregs(void)
{
	struct exregs_frame *f = (struct exregs_frame *)utcb()->mr;
	long c = kt_thread((u32)kt_space(CAP_NATIVE), count_forever, 0, 10, 0, TID_NONE, TID_NONE);

	kt_sleep_us(2000);
	CHECK_OK(thread_suspend((u32)c));
	CHECK_OK(exregs((u32)c, EXREGS_GET));
	CHECK((u32)count_forever <= f->pc && f->pc < (u32)count_forever + 64);
	CHECK_EQ(f->cpsr & 0x1f, 0x10);                 /* user mode */
	u32 sp = f->sp;
	CHECK(sp != 0 && (sp & 3) == 0);
	exregs_seen = 0;
	f->pc = (u32)exregs_target;
	f->r[0] = 0x1234;
	f->lr = (u32)park_forever;
	f->cpsr = 0xf80f01df;   /* flags may change; mode, masks, A, T may not */
	CHECK_OK(exregs((u32)c, EXREGS_SET_PC | EXREGS_SET_REGS | EXREGS_SET_PSR));
	CHECK_OK(exregs((u32)c, EXREGS_GET));
	CHECK_EQ(f->r[0], 0x1234);
	CHECK_EQ(f->cpsr, 0xf80f0010);
	CHECK_OK(thread_resume((u32)c));
	CHECK(kt_wait_eq(&exregs_seen, 0x1234, 100));
	CHECK_EQ(child_cpsr & 0x1ff, 0x010);            /* still user, IRQs on */
	CHECK_EQ(exregs(kt_self, EXREGS_GET), -EINVAL);
	CHECK_EQ(exregs(0x7ffff321, EXREGS_GET), -ESRCH);
	CHECK_EQ(exregs((u32)c, 0), -EINVAL);
	CHECK_EQ(exregs((u32)c, 0x100), -EINVAL);
	return 0;
}

static int t_suspend_resume(void)
{
	long c = kt_thread((u32)kt_space(CAP_NATIVE), count_forever, 0, 10, 0, TID_NONE, TID_NONE);

	kt_sleep_us(2000);
	CHECK_OK(thread_suspend((u32)c));
	CHECK_EQ(thread_state((u32)c), TS_INACTIVE);
	u32 before = counter;
	kt_sleep_us(5000);
	CHECK_EQ(counter, before);
	CHECK_OK(thread_resume((u32)c));
	CHECK_EQ(thread_state((u32)c), TS_RUNNABLE);
	kt_sleep_us(5000);
	CHECK(counter != before);
	return 0;
}

static volatile long send_result, call_result;

static void send_to_arg(u32 dst)
{
	struct msg m = { .tag = TAG(1, 1), .mr = { 99 } };

	send_result = ipc_send(dst, &m);
}

static void call_arg(u32 dst)
{
	struct msg m = { .tag = TAG(1, 0) };

	call_result = ipc_call(dst, &m);
}

static void never_receives(u32 unused)
{
	for (;;)
		yield();
}

static int t_destroy_blocked_sender(void)
{
	struct msg m;
	long c = kt_thread((u32)kt_space(CAP_NATIVE), send_to_arg, kt_self, 10, 0, TID_NONE, TID_NONE);

	kt_run_others();
	CHECK_EQ(thread_state((u32)c), TS_SEND);
	CHECK_OK(thread_destroy((u32)c));
	CHECK_EQ(ipc_poll(TID_ANY, &m), -EAGAIN);       /* its message left with it */
	CHECK_EQ(thread_state((u32)c), -ESRCH);
	return 0;
}

static int t_destroy_receiver_wakes_senders(void)
{
	long s = kt_space(CAP_NATIVE);
	long dst = kt_thread((u32)s, never_receives, 0, 9, 0, TID_NONE, TID_NONE);
	send_result = 1;
	call_result = 1;
	kt_thread((u32)s, send_to_arg, (u32)dst, 10, 0, TID_NONE, TID_NONE);
	kt_thread((u32)s, call_arg, (u32)dst, 10, 0, TID_NONE, TID_NONE);
	kt_sleep_us(2000);
	CHECK_EQ(send_result, 1);                       /* both blocked */
	CHECK_OK(thread_destroy((u32)dst));
	CHECK(kt_wait_eq((volatile u32 *)&send_result, (u32)-ESRCH, 100));
	CHECK(kt_wait_eq((volatile u32 *)&call_result, (u32)-ESRCH, 100));
	return 0;
}

/* Receives one call and never replies. */
static void hold_caller(u32 unused)
{
	struct msg m;

	ipc_recv(TID_ANY, &m);
	for (;;)
		yield();
}

static int t_destroy_server_holding_call(void)
{
	long s = kt_space(CAP_NATIVE);
	long srv = kt_thread((u32)s, hold_caller, 0, 10, 0, TID_NONE, TID_NONE);
	call_result = 1;
	long c = kt_thread((u32)s, call_arg, (u32)srv, 10, 0, TID_NONE, TID_NONE);
	CHECK(kt_wait_state((u32)c, TS_RECV, 100));     /* waiting for the reply */
	CHECK_OK(thread_destroy((u32)srv));
	CHECK(kt_wait_eq((volatile u32 *)&call_result, (u32)-ESRCH, 100));
	return 0;
}

static int t_destroy_blocked_receiver(void)
{
	long c = kt_thread((u32)kt_space(CAP_NATIVE), hold_caller, 0, 10, 0, TID_NONE, TID_NONE);

	CHECK(kt_wait_state((u32)c, TS_RECV, 100));
	CHECK_OK(thread_destroy((u32)c));
	struct msg m = { .tag = TAG(1, 0) };
	CHECK_EQ(ipc_send((u32)c, &m), -ESRCH);
	return 0;
}

static int t_space_lifecycle(void)
{
	long s = space_create(CAP_NATIVE);
	CHECK_OK(s);
	long t = thread_create((u32)s, 0x7f000000, 10, 0, TID_NONE, TID_NONE);
	CHECK_OK(t);
	CHECK_EQ(space_destroy((u32)s), -EBUSY);
	CHECK_OK(thread_destroy((u32)t));
	CHECK_OK(space_destroy((u32)s));
	CHECK_EQ(space_destroy((u32)s), -ESRCH);
	CHECK_EQ(thread_create((u32)s, 0, 10, 0, TID_NONE, TID_NONE), -ESRCH);
	CHECK_EQ(space_self(), utcb()->space);
	return 0;
}

static int t_tls_registers(void)
{
	struct exregs_frame *f = (struct exregs_frame *)utcb()->mr;
	long c = kt_thread((u32)kt_space(CAP_NATIVE), count_forever, 0, 10, TF_LINUX, TID_NONE, TID_NONE);

	CHECK_OK(thread_suspend((u32)c));
	CHECK_OK(exregs((u32)c, EXREGS_GET));
	f->tpidruro = 0xabcd0000;
	f->tpidrurw = 0x1234;
	CHECK_OK(exregs((u32)c, EXREGS_SET_TLS));
	CHECK_OK(thread_resume((u32)c));
	kt_sleep_us(2000);      /* it ran and was switched out again */
	CHECK_OK(exregs((u32)c, EXREGS_GET));
	CHECK_EQ(f->tpidruro, 0xabcd0000);
	CHECK_EQ(f->tpidrurw, 0x1234);
	u32 mine;
	__asm__ volatile("mrc p15, 0, %0, c13, c0, 3" : "=r"(mine));
	CHECK_EQ(mine, SERVER_UTCB_VA);                 /* ours untouched */
	return 0;
}

KT_TABLE(thread_tests) = {
	{ "exregs_get_and_set", t_exregs },
	{ "thread_suspend_resume", t_suspend_resume },
	{ "destroy_blocked_sender", t_destroy_blocked_sender },
	{ "destroy_receiver_wakes_its_senders", t_destroy_receiver_wakes_senders },
	{ "destroy_server_holding_a_call", t_destroy_server_holding_call },
	{ "destroy_blocked_receiver", t_destroy_blocked_receiver },
	{ "space_lifecycle", t_space_lifecycle },
	{ "tls_registers_per_thread", t_tls_registers },
};
const unsigned thread_ntests = sizeof(thread_tests) / sizeof(thread_tests[0]);
