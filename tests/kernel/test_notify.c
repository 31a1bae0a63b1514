/*
 * Notifications: bits accumulate without blocking the sender and wake an
 * open receive; the kernel's alarm (a real generic-timer interrupt) and a
 * device interrupt bound by a user-level driver (the virtual timer, which
 * user mode can program) both arrive as notifications.
 */
#include "ktest.h"

static volatile u32 notifier_done;

static void notifier(u32 bits)
{
	notify(kt_self, bits);
	notify(kt_self, bits << 1);
	notifier_done = 1;      /* reached without anyone receiving */
}

static int t_notify_accumulates(void)
{
	struct msg m;

	notifier_done = 0;
	kt_thread((u32)kt_space(CAP_NATIVE), notifier, 0x10, KT_PRIO + 1, 0, TID_NONE, TID_NONE);
	CHECK_EQ(notifier_done, 1);     /* higher priority: ran to the end at once */
	CHECK_EQ(ipc_poll(TID_ANY, &m), 0);
	CHECK(m.tag & TAG_NOTIFY);
	CHECK_EQ(m.mr[0], 0x30);
	CHECK_EQ(ipc_poll(TID_ANY, &m), -EAGAIN);       /* consumed */
	return 0;
}

static int t_notify_wakes_receiver(void)
{
	struct msg m;

	kt_thread((u32)kt_space(CAP_NATIVE), notifier, 0x100, 10, 0, TID_NONE, TID_NONE);
	long r = ipc_recv(TID_ANY, &m);         /* blocks until the notifier runs */
	CHECK_EQ(r, 0);
	CHECK(m.tag & TAG_NOTIFY);
	CHECK_EQ(m.mr[0] & 0x100, 0x100);
	return 0;
}

static volatile u32 specific_got;

/* Waits for a message from ktest specifically: a notification must not end that wait. */
static void specific_receiver(u32 unused)
{
	struct msg m;
	long r = ipc_recv(kt_self, &m);

	specific_got = (r == (long)kt_self && !(m.tag & TAG_NOTIFY)) ? m.mr[0] : 0xbad;
}

static int t_notify_not_to_closed_receive(void)
{
	specific_got = 0;
	long c = kt_thread((u32)kt_space(CAP_NATIVE), specific_receiver, 0, 10, 0, TID_NONE, TID_NONE);
	kt_sleep_us(1000);
	CHECK_OK(notify((u32)c, 1));
	kt_sleep_us(1000);
	CHECK_EQ(specific_got, 0);
	struct msg m = { .tag = TAG(3, 1), .mr = { 77 } };
	CHECK_OK(ipc_send((u32)c, &m));
	CHECK(kt_wait_eq(&specific_got, 77, 100));
	return 0;
}

static int t_timer_alarm(void)
{
	struct msg m;
	u64 start = read_cntvct(), deadline = start + 3000 * (u64)kt_ticks_per_us;

	CHECK_OK(timer_alarm(deadline, 0x4));
	CHECK_EQ(ipc_recv(TID_ANY, &m), 0);
	u64 now = read_cntvct();
	CHECK(m.tag & TAG_NOTIFY);
	CHECK_EQ(m.mr[0], 0x4);
	CHECK(now >= deadline);
	CHECK(now - deadline < 50000 * (u64)kt_ticks_per_us);  /* within 50 ms */
	/* a cancelled alarm never fires */
	CHECK_OK(timer_alarm(read_cntvct() + 1000 * (u64)kt_ticks_per_us, 0x8));
	CHECK_OK(timer_alarm(0, 0));
	kt_notified = 0;
	kt_sleep_us(3000);
	CHECK_EQ(kt_notified & 0x8, 0);
	return 0;
}

#define VTIMER_IRQ 27

static void vtimer_program(u32 ticks)
{
	__asm__ volatile("mcr p15, 0, %0, c14, c3, 0" :: "r"(ticks));  /* CNTV_TVAL */
	__asm__ volatile("mcr p15, 0, %0, c14, c3, 1; isb" :: "r"(1)); /* CNTV_CTL: enable */
}

static void vtimer_stop(void)
{
	__asm__ volatile("mcr p15, 0, %0, c14, c3, 1; isb" :: "r"(0));
}

static int t_irq_user_driver(void)
{
	struct msg m;

	CHECK_OK(irq_control(IRQ_BIND, VTIMER_IRQ, 0x2));
	for (int round = 0; round < 3; round++) {
		u64 start = read_cntvct();
		vtimer_program(1000 * kt_ticks_per_us);
		CHECK_EQ(ipc_recv(TID_ANY, &m), 0);
		CHECK(m.tag & TAG_NOTIFY);
		CHECK_EQ(m.mr[0], 0x2);
		CHECK(read_cntvct() - start >= 1000 * (u64)kt_ticks_per_us);
		vtimer_stop();          /* the device condition is cleared... */
		CHECK_OK(irq_control(IRQ_ACK, VTIMER_IRQ, 0));  /* ...then unmask */
	}
	CHECK_EQ(irq_control(IRQ_BIND, 30, 1), -EINVAL);        /* the kernel's timer */
	CHECK_EQ(irq_control(IRQ_BIND, 5000, 1), -EINVAL);
	CHECK_EQ(irq_control(IRQ_BIND, 33, 0), -EINVAL);        /* no bits */
	CHECK_OK(irq_control(IRQ_UNBIND, VTIMER_IRQ, 0));
	CHECK_EQ(irq_control(IRQ_ACK, VTIMER_IRQ, 0), -EPERM);  /* no longer ours */
	return 0;
}

static volatile long other_bind_result;

static void other_binder(u32 irq)
{
	other_bind_result = irq_control(IRQ_BIND, irq, 1);
}

static int t_irq_exclusive(void)
{
	CHECK_OK(irq_control(IRQ_BIND, VTIMER_IRQ, 0x2));
	other_bind_result = 1;
	kt_thread((u32)kt_space(CAP_NATIVE | CAP_IRQ), other_binder, VTIMER_IRQ, KT_PRIO + 1, 0,
		  TID_NONE, TID_NONE);
	CHECK_EQ(other_bind_result, -EBUSY);
	CHECK_OK(irq_control(IRQ_UNBIND, VTIMER_IRQ, 0));
	return 0;
}

KT_TABLE(notify_tests) = {
	{ "notify_accumulates_without_blocking", t_notify_accumulates },
	{ "notify_wakes_open_receive", t_notify_wakes_receiver },
	{ "notify_waits_for_open_receive", t_notify_not_to_closed_receive },
	{ "timer_alarm_interrupt", t_timer_alarm },
	{ "irq_user_level_driver", t_irq_user_driver },
	{ "irq_binding_exclusive", t_irq_exclusive },
};
const unsigned notify_ntests = sizeof(notify_tests) / sizeof(notify_tests[0]);
