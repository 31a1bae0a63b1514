/*
 * Every native call refuses bad arguments with an error (never a crash,
 * never a partial effect), and refuses callers without the capability.
 */
#include "ktest.h"

#define BAD_TID 0x7ffff456u

static int t_args_thread_control(void)
{
	u32 self = utcb()->space;

	CHECK_EQ(native_call(NR_THREAD_CONTROL, 99, 0, 0, 0, 0, 0, 0), -ESRCH);
	CHECK_EQ(native_call(NR_THREAD_CONTROL, 99, kt_self, 0, 0, 0, 0, 0), -EINVAL);
	CHECK_EQ(thread_create(self, 0x7f000000, PRIO_MAX + 1, 0, 0, 0), -EINVAL);
	CHECK_EQ(thread_create(self, 0x7f000004, 10, 0, 0, 0), -EINVAL);       /* unaligned UTCB */
	CHECK_EQ(thread_create(self, 0x80000000, 10, 0, 0, 0), -EINVAL);       /* kernel address */
	CHECK_EQ(thread_create(self, 0x7f000000, 10, TF_LINUX, 0, 0), -EINVAL); /* Linux: no UTCB */
	CHECK_EQ(thread_create(self, 0, 10, 0x80, 0, 0), -EINVAL);             /* unknown flag */
	CHECK_EQ(thread_create(0x7fffff00, 0, 10, 0, 0, 0), -ESRCH);           /* no such space */
	CHECK_EQ(thread_start(kt_self, 0x10000, 0x20000, 0), -EINVAL);          /* itself */
	CHECK_EQ(thread_destroy(kt_self), -EINVAL);
	CHECK_EQ(thread_destroy(BAD_TID), -ESRCH);
	CHECK_EQ(thread_suspend(BAD_TID), -ESRCH);
	CHECK_EQ(thread_resume(TID_NONE), -ESRCH);
	CHECK_EQ(thread_state(TID_ANY), -ESRCH);
	CHECK_EQ(thread_set(kt_self, 99, ~0u, ~0u), -EINVAL);
	long t = thread_create(self, 0, 10, 0, 0, 0);
	CHECK_OK(t);
	CHECK_EQ(thread_start((u32)t, 0x80000000, 0x1000, 0), -EINVAL);        /* pc in the kernel */
	CHECK_OK(thread_set((u32)t, 5, 1, 2));
	CHECK_OK(thread_destroy((u32)t));
	return 0;
}

static int t_args_space_control(void)
{
	CHECK_EQ(native_call(NR_SPACE_CONTROL, 77, 0, 0, 0, 0, 0, 0), -EINVAL);
	CHECK_EQ(space_destroy(0x7fffff00), -ESRCH);
	CHECK_EQ(space_destroy(utcb()->space), -EBUSY);                         /* ours: has us */
	return 0;
}

extern char __image_start[], __text_end[];

static int t_args_map(void)
{
	long s = space_create(CAP_NATIVE);
	u32 page = (u32)kt_page(0);
	CHECK_OK(s);
	/* addresses and sizes */
	CHECK_EQ(map((u32)s, 0x10001, page, 1, MAP_R | MAP_FROM_VA), -EINVAL);
	CHECK_EQ(map((u32)s, 0x80000000, page, 1, MAP_R | MAP_FROM_VA), -EINVAL);
	CHECK_EQ(map((u32)s, 0x7ffff000, page, 2, MAP_R | MAP_FROM_VA), -EINVAL);
	CHECK_EQ(map((u32)s, 0x10000, page, 0, MAP_R | MAP_FROM_VA), -EINVAL);
	CHECK_EQ(map((u32)s, 0x10000, page, 100000, MAP_R | MAP_FROM_VA), -EINVAL);
	CHECK_EQ(map((u32)s, 0x10000, page + 1, 1, MAP_R | MAP_FROM_VA), -EINVAL);
	CHECK_EQ(map((u32)s, 0x10000, page, 1, 0), -EINVAL);                    /* no rights */
	CHECK_EQ(map((u32)s, 0x10000, page, 1, MAP_R | 0x100), -EINVAL);        /* unknown flag */
	CHECK_EQ(map(0x7fffff00, 0x10000, page, 1, MAP_R | MAP_FROM_VA), -ESRCH);
	/* sources */
	CHECK_EQ(map((u32)s, 0x10000, 0x30000000, 1, MAP_R | MAP_FROM_VA), -EFAULT); /* unmapped */
	CHECK_EQ(map((u32)s, 0x10000, (u32)__image_start, 1, MAP_R | MAP_W | MAP_FROM_VA), -EPERM);
	CHECK_EQ(map((u32)s, 0x10000, SERVER_UTCB_VA, 1, MAP_R | MAP_FROM_VA), -EPERM); /* kernel page */
	CHECK_EQ(map((u32)s, 0x10000, 0x40100000, 1, MAP_R), -EPERM);          /* kernel image */
	CHECK_EQ(map((u32)s, 0x10000, 0x08000000, 1, MAP_R | MAP_DEVICE), -EPERM); /* the GIC */
	CHECK_EQ(map((u32)s, 0x10000, 0x09000000, 1, MAP_R), -EPERM);          /* device as RAM */
	CHECK_EQ(map((u32)s, 0x10000, 0xfffff000, 2, MAP_R), -EINVAL);         /* wraps */
	CHECK_OK(map((u32)s, 0x10000, 0x09000000, 1, MAP_R | MAP_W | MAP_DEVICE)); /* the UART */
	CHECK_OK(map((u32)s, 0x11000, page, 1, MAP_R | MAP_W | MAP_FROM_VA));
	/* unmap */
	CHECK_EQ(unmap((u32)s, 0x10800, 1, 0), -EINVAL);
	CHECK_EQ(unmap((u32)s, 0x10000, 1, MAP_W), -EINVAL);
	CHECK_EQ(unmap((u32)s, 0x10000, 2, MAP_R), 2);                          /* now read-only */
	CHECK_EQ(unmap((u32)s, 0x10000, 3, 0), 2);                              /* count of mapped */
	CHECK_EQ(unmap((u32)s, 0x10000, 3, 0), 0);
	CHECK_OK(space_destroy((u32)s));
	return 0;
}

static volatile long cap_results[10];

static void try_privileged(u32 unused)
{
	cap_results[0] = thread_create(SPACE_SELF, 0, 10, 0, 0, 0);
	cap_results[1] = map(SPACE_SELF, 0x30000000, 0x48000000, 1, MAP_R);
	cap_results[2] = irq_control(IRQ_BIND, 27, 1);
	cap_results[3] = poweroff(7);
	cap_results[4] = space_create(CAP_NATIVE);
	cap_results[5] = exregs(kt_self, EXREGS_GET);
	cap_results[6] = map(utcb()->space + 1, 0x30000000, 0x30000000, 1, MAP_R | MAP_FROM_VA);
	cap_results[7] = native_call(NR_COPY, utcb()->space + 1, 0x30000000, 0x30000000, 4,
				     COPY_FROM_SPACE, 0, 0);
	cap_results[8] = native_call(NR_SYSTEM, SYS_HOST_WRITE, 1, 1, 0, 0, 0, 0);
	cap_results[9] = 1;
}

static int t_args_capabilities(void)
{
	cap_results[9] = 0;
	kt_thread((u32)kt_space(CAP_NATIVE), try_privileged, 0, KT_PRIO + 1, 0, TID_NONE, TID_NONE);
	CHECK_EQ(cap_results[9], 1);
	for (int i = 0; i < 9; i++)
		CHECK_EQ(cap_results[i], -EPERM);
	CHECK_EQ(space_create(CAP_ALL + 32), -EPERM);   /* more than we have */
	return 0;
}

static int t_args_misc(void)
{
	CHECK_EQ(native_call(NR_NATIVE_CALLS, 0, 0, 0, 0, 0, 0, 0), -ENOSYS);
	CHECK_EQ(native_call(0x1000, 0, 0, 0, 0, 0, 0, 0), -ENOSYS);
	CHECK_EQ(notify(BAD_TID, 1), -ESRCH);
	CHECK_EQ(notify(kt_self, 0), -EINVAL);
	CHECK_EQ(irq_control(IRQ_UNBIND, 40, 0), -EPERM);       /* not ours */
	CHECK_EQ(irq_control(9, 27, 1), -EINVAL);
	CHECK_EQ(timer_alarm(1, 0), -EINVAL);
	CHECK_EQ(debug_write(UTCB_BUF_BYTES + 1), -EINVAL);
	CHECK_EQ(native_call(NR_SYSTEM, 99, 0, 0, 0, 0, 0, 0), -EINVAL);
	CHECK_EQ(kinfo(99), -EINVAL);
	CHECK_EQ(native_call(NR_SYSTEM, SYS_HOST_OPEN, 3, 4, 0, 0, 0, 0), -EINVAL);     /* bad mode */
	CHECK_EQ(native_call(NR_SYSTEM, SYS_HOST_OPEN, HOST_READ, 0, 0, 0, 0, 0), -EINVAL); /* no name */
	CHECK_EQ(native_call(NR_SYSTEM, SYS_HOST_READ, 0, UTCB_BUF_BYTES + 1, 0, 0, 0, 0), -EINVAL);
	CHECK(kinfo(KINFO_THREADS) >= 3);
	CHECK(kinfo(KINFO_POOL_FREE) > 0);
	CHECK_EQ(kinfo(KINFO_TIMER_HZ), read_cntfrq());
	CHECK_EQ(yield(), 0);
	return 0;
}

KT_TABLE(args_tests) = {
	{ "invalid_args_thread_control", t_args_thread_control },
	{ "invalid_args_space_control", t_args_space_control },
	{ "invalid_args_map_unmap", t_args_map },
	{ "native_calls_need_capabilities", t_args_capabilities },
	{ "invalid_args_other_calls", t_args_misc },
};
const unsigned args_ntests = sizeof(args_tests) / sizeof(args_tests[0]);
