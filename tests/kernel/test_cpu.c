/*
 * CPU state: Thumb user code, VFP registers across context switches, the
 * TLS registers, and the Linux personality: a TF_LINUX thread's svc #0
 * reaches its handler with r0-r7 as they were, the reply's mr0 is its r0,
 * and nothing else changes.
 */
#include "ktest.h"

/* ---- Thumb ---- */

static volatile u32 thumb_result;

__attribute__((target("thumb"), noinline)) static u32 thumb_sum(u32 n)
{
	u32 s = 0;

	for (u32 i = 1; i <= n; i++)
		s += i * i;
	return s;
}

__attribute__((target("thumb"))) static void thumb_worker(u32 dst)
{
	struct msg m = { .tag = TAG(0x71, 1) };

	m.mr[0] = thumb_sum(10);
	thumb_result = ipc_call(dst, &m) == (long)dst ? m.mr[0] : 1;
	__asm__ volatile(".inst.n 0xde01");     /* udf #1 (Thumb): an exception at a known pc */
}

static int t_thumb_user_code(void)
{
	struct msg m;
	long c = kt_thread((u32)kt_space(CAP_NATIVE), (void (*)(u32))((u32)thumb_worker), kt_self, 10,
			   0, kt_self, TID_NONE);

	CHECK(((u32)thumb_worker & 1) == 1);
	CHECK_EQ(kt_recv_msg(&m), c);
	CHECK_EQ(TAG_LABEL(m.tag), 0x71);
	CHECK_EQ(m.mr[0], 385);                 /* 1 + 4 + ... + 100 */
	m.tag = TAG(0, 1);
	m.mr[0] = 0x7777;
	CHECK_OK(ipc_reply((u32)c, &m));
	CHECK_EQ(kt_recv_msg(&m), c);
	CHECK_EQ(TAG_LABEL(m.tag), LABEL_EXCEPTION);
	CHECK_EQ(m.mr[0], EXC_UNDEF);
	CHECK_EQ(*(volatile u16 *)m.mr[2], 0xde01);     /* pc of the 2-byte udf */
	CHECK_EQ(thumb_result, 0x7777);
	struct exregs_frame *f = (struct exregs_frame *)utcb()->mr;
	CHECK_OK(exregs((u32)c, EXREGS_GET));
	CHECK(f->cpsr & (1u << 5));             /* it runs with CPSR.T set (MRS reads T as 0) */
	CHECK_EQ(f->pc, m.mr[2] | 1);           /* exregs reports Thumb pcs with bit 0 set */
	return 0;
}

/* ---- VFP ---- */

u32 vfp_check(u32 seed);
void vfp_fill(u32 seed);

static volatile u32 vfp_errors[3], vfp_rounds[3], vfp_stage;

/* Fills its VFP registers, waits to be told, checks what exregs put there. */
static void vfp_exchanged(u32 unused)
{
	vfp_fill(0x5000);
	vfp_stage = 1;
	while (vfp_stage == 1)
		;
	vfp_errors[0] = vfp_check(0x6001);
	vfp_stage = 3;
	for (;;)
		;
}

static void yield_forever(u32 unused)
{
	for (;;)
		yield();
}

/* exregs reads and writes another thread's VFP registers (signal frames keep them). */
static int t_exregs_vfp(void)
{
	struct exregs_vfp *v = (struct exregs_vfp *)utcb()->buf;
	long s = kt_space(CAP_NATIVE);
	long idle = kt_thread((u32)s, yield_forever, 0, 10, 0, TID_NONE, TID_NONE);

	CHECK_OK(exregs((u32)idle, EXREGS_GET_VFP));    /* never used VFP: zeroes */
	CHECK_EQ(v->d[5], 0);
	CHECK_EQ(v->fpscr, 0);
	vfp_stage = 0;
	long c = kt_thread((u32)s, vfp_exchanged, 0, 10, 0, TID_NONE, TID_NONE);
	CHECK(kt_wait_eq(&vfp_stage, 1, 100));
	CHECK_OK(thread_suspend((u32)c));
	CHECK_OK(exregs((u32)c, EXREGS_GET_VFP));
	for (u32 i = 0; i < 32; i++)
		CHECK_EQ(v->d[i], (u64)(0x5000 + i) << 32 | 0x5000);
	CHECK_EQ(v->fpscr & (3u << 22), 0);
	CHECK_EQ(v->fpexc, 1u << 30);
	for (u32 i = 0; i < 32; i++)
		v->d[i] = (u64)(0x6001 + i) << 32 | 0x6001;
	v->fpscr = 1u << 22;                    /* rounding mode 0x6001 & 3 */
	CHECK_OK(exregs((u32)c, EXREGS_SET_VFP));
	vfp_stage = 2;
	CHECK_OK(thread_resume((u32)c));
	CHECK(kt_wait_eq(&vfp_stage, 3, 100));
	CHECK_EQ(vfp_errors[0], 0);
	return 0;
}

static void vfp_worker(u32 i)
{
	u32 seed = 0x1000 * (i + 1);

	vfp_fill(seed);
	for (int r = 0; r < 200; r++) {
		yield();
		vfp_errors[i] += vfp_check(seed);
		vfp_rounds[i]++;
	}
}

static int t_vfp_context_switch(void)
{
	long s = kt_space(CAP_NATIVE);

	for (int i = 0; i < 3; i++) {
		vfp_errors[i] = vfp_rounds[i] = 0;
		/* two share a space, the third has its own */
		kt_thread(i < 2 ? (u32)s : (u32)kt_space(CAP_NATIVE), vfp_worker, (u32)i, 10, 0,
			  TID_NONE, TID_NONE);
	}
	for (int i = 0; i < 3; i++)
		CHECK(kt_wait_eq(&vfp_rounds[i], 200, 2000));
	for (int i = 0; i < 3; i++)
		CHECK_EQ(vfp_errors[i], 0);
	return 0;
}

/* ---- Linux personality ---- */

struct probe {
	u32 in[8];              /* r0..r7 before the svc */
	u32 out[14];            /* r0..r12, lr after it */
	u32 sp_before, sp_after;
};

STATIC_ASSERT(offsetof(struct probe, sp_before) == 88, "cpu_asm.S offsets");

void linux_probe(struct probe *p);
extern char linux_probe_svc[];          /* the svc instruction in linux_probe */

static struct probe probe;
static volatile u32 probe_done, probe_go;

static void linux_thread(u32 unused)
{
	linux_probe(&probe);
	probe_done = 1;
	while (!probe_go)
		;               /* no native calls here: spin until ktest has checked */
	probe.in[7] = 0;        /* a native call number: still goes to the handler */
	linux_probe(&probe);
	probe_done = 2;
	for (;;)
		;
}

static int t_linux_svc_to_handler(void)
{
	struct msg m;

	for (u32 i = 0; i < 8; i++)
		probe.in[i] = 0x01010101u * (i + 1);
	probe.in[7] = 224;      /* __NR_gettid */
	probe_done = probe_go = 0;
	long c = kt_thread((u32)kt_space(0), linux_thread, 0, 10, TF_LINUX, kt_self, kt_self);
	CHECK_EQ(kt_recv_msg(&m), c);
	CHECK_EQ(TAG_LABEL(m.tag), LABEL_LINUX_SYSCALL);
	CHECK_EQ(TAG_LEN(m.tag), 8);
	for (u32 i = 0; i < 4; i++)
		CHECK_EQ(m.mr[i], probe.in[i]);
	for (u32 i = 4; i < 8; i++)
		CHECK_EQ(utcb()->mr[i], probe.in[i]);
	m.tag = TAG(0, 1);
	m.mr[0] = 0xfeedf00d;
	CHECK_OK(ipc_reply((u32)c, &m));
	CHECK(kt_wait_eq(&probe_done, 1, 100));
	CHECK_EQ(probe.out[0], 0xfeedf00d);     /* the reply is r0 */
	for (u32 i = 1; i < 8; i++)
		CHECK_EQ(probe.out[i], probe.in[i]);
	CHECK_EQ(probe.out[8], 0x88888888);
	CHECK_EQ(probe.out[12], 0xcccccccc);
	CHECK_EQ(probe.out[13], 0xdddddddd);    /* lr */
	CHECK_EQ(probe.sp_after, probe.sp_before - 4);
	probe_go = 1;
	/* r7 = 0 is NR_IPC natively; a Linux thread's svc is never native */
	CHECK_EQ(kt_recv_msg(&m), c);
	CHECK_EQ(TAG_LABEL(m.tag), LABEL_LINUX_SYSCALL);
	CHECK_EQ(utcb()->mr[7], 0);
	m.tag = TAG(0, 1);
	m.mr[0] = (u32)-ENOSYS;
	CHECK_OK(ipc_reply((u32)c, &m));
	CHECK(kt_wait_eq(&probe_done, 2, 100));
	CHECK_EQ(probe.out[0], (u32)-ENOSYS);
	return 0;
}

static int t_linux_svc_without_handler(void)
{
	for (u32 i = 0; i < 8; i++)
		probe.in[i] = i;
	probe_done = 0;
	probe_go = 1;
	kt_thread((u32)kt_space(0), linux_thread, 0, 10, TF_LINUX, kt_self, TID_NONE);
	CHECK(kt_wait_eq(&probe_done, 2, 100));
	CHECK_EQ(probe.out[0], (u32)-ENOSYS);
	CHECK_EQ(probe.out[1], 1);
	return 0;
}

static void spin_forever(u32 unused)
{
	for (;;)
		;
}

/* The probe thread's registers as exregs reports them: r0..r7 as sent, pc. */
static int check_probe_regs(long c, u32 pc)
{
	struct exregs_frame *f = (struct exregs_frame *)utcb()->mr;

	CHECK_OK(exregs((u32)c, EXREGS_GET));
	for (u32 i = 0; i < 8; i++)
		CHECK_EQ(f->r[i], probe.in[i]);
	CHECK_EQ(f->pc, pc);
	return 0;
}

/*
 * Suspending a Linux thread in a syscall (what signals need): unsent, the
 * svc runs again on resume; inside a server, r0-r7 stay as at the svc and
 * the server's late reply fails.
 */
static volatile u32 moved_counter;

static void count_moved(u32 unused)
{
	for (;;)
		moved_counter++;
}

/* TC_SET_SPACE moves a thread without a UTCB (execve's new image) between spaces. */
static int t_thread_set_space(void)
{
	long a = kt_space(0), b = kt_space(0);
	u32 sp;
	long c = kt_thread_created((u32)a, 10, TF_LINUX, kt_self, kt_self, &sp);
	long native = kt_thread((u32)b, spin_forever, 0, 5, 0, TID_NONE, TID_NONE);

	CHECK_EQ(thread_set_space((u32)c, 0xfff), -ESRCH);
	CHECK_EQ(thread_set_space(kt_self, (u32)b), -EINVAL);   /* itself */
	CHECK_EQ(thread_set_space((u32)native, (u32)a), -EINVAL);       /* it has a UTCB */
	CHECK_OK(thread_set_space((u32)c, (u32)b));
	CHECK_OK(space_destroy((u32)a));        /* a is empty now */
	moved_counter = 0;
	CHECK_OK(thread_start((u32)c, (u32)count_moved, sp, 0));
	for (int i = 0; i < 100 && !moved_counter; i++)
		kt_sleep_us(1000);
	CHECK(moved_counter > 0);               /* it runs in b */
	CHECK_OK(thread_suspend((u32)c));
	return 0;
}

static int t_linux_suspend_in_syscall(void)
{
	struct msg m;
	long idle = kt_thread((u32)kt_space(CAP_NATIVE), spin_forever, 0, 5, 0, TID_NONE, TID_NONE);

	CHECK_OK(thread_suspend((u32)idle));    /* a handler that never receives */
	for (u32 i = 0; i < 8; i++)
		probe.in[i] = 0x11111111u * (i + 1);
	probe.in[7] = 20;       /* __NR_getpid */
	probe_done = probe_go = 0;
	long c = kt_thread((u32)kt_space(0), linux_thread, 0, 10, TF_LINUX, kt_self, (u32)idle);
	kt_run_others();
	CHECK_EQ(thread_state((u32)c), TS_SEND);
	CHECK_EQ(thread_suspend((u32)c), CANCEL_LINUX_UNSENT);
	if (check_probe_regs(c, (u32)linux_probe_svc))
		return -1;
	CHECK_OK(thread_set((u32)c, ~0u, ~0u, kt_self));
	CHECK_OK(thread_resume((u32)c));
	CHECK_EQ(kt_recv_msg(&m), c);           /* the svc ran again, to the new handler */
	CHECK_EQ(TAG_LABEL(m.tag), LABEL_LINUX_SYSCALL);
	CHECK_EQ(utcb()->mr[7], 20);
	CHECK_EQ(thread_suspend((u32)c), CANCEL_LINUX_INSIDE);
	if (check_probe_regs(c, (u32)linux_probe_svc + 4))
		return -1;
	m.tag = TAG(0, 1);
	m.mr[0] = 1;
	CHECK_EQ(ipc_reply((u32)c, &m), -EAGAIN);       /* no longer waiting */
	struct exregs_frame *f = (struct exregs_frame *)utcb()->mr;
	f->r[0] = (u32)-EINTR;                  /* the suspender decides the result */
	CHECK_OK(exregs((u32)c, EXREGS_SET_REGS));
	CHECK_OK(thread_resume((u32)c));
	CHECK(kt_wait_eq(&probe_done, 1, 100));
	CHECK_EQ(probe.out[0], (u32)-EINTR);
	CHECK_EQ(probe.out[7], 20);
	CHECK_OK(thread_destroy((u32)idle));
	return 0;
}

KT_TABLE(cpu_tests) = {
	{ "thumb_user_code", t_thumb_user_code },
	{ "vfp_registers_survive_switches", t_vfp_context_switch },
	{ "linux_svc_reaches_handler", t_linux_svc_to_handler },
	{ "linux_svc_without_handler_enosys", t_linux_svc_without_handler },
	{ "linux_suspend_in_syscall", t_linux_suspend_in_syscall },
	{ "exregs_vfp", t_exregs_vfp },
	{ "thread_set_space", t_thread_set_space },
};
const unsigned cpu_ntests = sizeof(cpu_tests) / sizeof(cpu_tests[0]);
