/*
 * Scheduling: threads that never block share the CPU round-robin with
 * their peers and never keep a higher-priority thread from running.
 */
#include "ktest.h"

static volatile u32 spin_count[3];

static void spinner(u32 i)
{
	for (;;)
		spin_count[i]++;
}

static int t_preempt_peers(void)
{
	spin_count[0] = spin_count[1] = 0;
	kt_thread((u32)kt_space(CAP_NATIVE), spinner, 0, 10, 0, TID_NONE, TID_NONE);
	kt_thread((u32)kt_space(CAP_NATIVE), spinner, 1, 10, 0, TID_NONE, TID_NONE);
	kt_sleep_us(100000);    /* waking up at all needs preemption of the spinners */
	u32 a = spin_count[0], b = spin_count[1];
	CHECK(a > 0 && b > 0);
	/* each got a fair share: neither has less than a fifth of the other */
	CHECK(a * 5 > b && b * 5 > a);
	kt_sleep_us(30000);
	CHECK(spin_count[0] > a && spin_count[1] > b);  /* both still running */
	return 0;
}

static volatile u32 wake_late_us;

/* Sleeps 2 ms on its own alarm, records how late it woke. */
static void punctual(u32 unused)
{
	struct msg m;
	u32 tpu = read_cntfrq() / 1000000u;
	u64 deadline = read_cntvct() + 2000 * (u64)tpu;

	timer_alarm(deadline, 1);
	ipc_recv(TID_ANY, &m);
	wake_late_us = (u32)((read_cntvct() - deadline) / tpu) + 1;
}

static int t_preempt_by_higher_priority(void)
{
	wake_late_us = 0;
	kt_thread((u32)kt_space(CAP_NATIVE), spinner, 2, 10, 0, TID_NONE, TID_NONE);
	kt_thread((u32)kt_space(CAP_NATIVE), punctual, 0, 15, 0, TID_NONE, TID_NONE);
	kt_sleep_us(20000);
	CHECK(wake_late_us != 0);
	/* woken by its alarm while a lower priority spinner runs, not at the next slice */
	CHECK(wake_late_us < 5000);
	return 0;
}

static volatile u32 order[4], norder;

static void yielder(u32 id)
{
	for (int i = 0; i < 2; i++) {
		order[norder++] = id;
		yield();
	}
}

static int t_yield_round_robin(void)
{
	norder = 0;
	long s = kt_space(CAP_NATIVE);

	/* both queued behind ktest; they run, in order, once ktest sleeps */
	kt_thread((u32)s, yielder, 1, 9, 0, TID_NONE, TID_NONE);
	kt_thread((u32)s, yielder, 2, 9, 0, TID_NONE, TID_NONE);
	kt_sleep_us(5000);
	CHECK_EQ(norder, 4);
	CHECK_EQ(order[0], 1);
	CHECK_EQ(order[1], 2);          /* yield passed the CPU to the peer */
	CHECK_EQ(order[2], 1);
	CHECK_EQ(order[3], 2);
	return 0;
}

KT_TABLE(sched_tests) = {
	{ "preempt_spinning_peers_round_robin", t_preempt_peers },
	{ "preempt_by_higher_priority", t_preempt_by_higher_priority },
	{ "yield_passes_to_peer", t_yield_round_robin },
};
const unsigned sched_ntests = sizeof(sched_tests) / sizeof(sched_tests[0]);
