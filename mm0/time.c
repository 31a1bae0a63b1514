/*
 * Time for processes. Monotonic time is the generic timer's counter, which
 * user mode reads directly; wall time is the PL031 RTC's seconds at boot
 * plus that. A sleeping process is a pending request: mm0 keeps sleepers
 * sorted by deadline, has the kernel alarm set for the first one, and
 * replies to each when the alarm notification says it is due — serving
 * everyone else meanwhile.
 */
#include "syscall.h"
#include <linux_abi/time.h>
#include <clock.h>

#define RTC_VA          0x3fff0000u     /* where mm0 maps the RTC */

static struct proc *sleepers;           /* sorted by sleep_until */

void time_init(void)
{
	clock_init(RTC_VA);
	random_seed(read_cntvct() ^ (clock_realtime_ns() << 16));
}

u64 time_monotonic_ns(void)
{
	return clock_monotonic_ns();
}

u64 time_realtime_ns(void)
{
	return clock_realtime_ns();
}

/* The time of clock clk in ns, or -EINVAL in *err for a clock Linux does not have. */
static u64 clock_now(struct proc *p, u32 clk, long *err)
{
	switch (clk) {
	case LINUX_CLOCK_REALTIME:
	case LINUX_CLOCK_REALTIME_COARSE:
	case LINUX_CLOCK_TAI:
	case LINUX_CLOCK_REALTIME_ALARM:
		return time_realtime_ns();
	case LINUX_CLOCK_MONOTONIC:
	case LINUX_CLOCK_MONOTONIC_RAW:
	case LINUX_CLOCK_MONOTONIC_COARSE:
	case LINUX_CLOCK_BOOTTIME:
	case LINUX_CLOCK_BOOTTIME_ALARM:
		return time_monotonic_ns();
	case LINUX_CLOCK_PROCESS_CPUTIME_ID:
	case LINUX_CLOCK_THREAD_CPUTIME_ID:
		/* no per-thread CPU accounting yet: the time it has existed */
		return clock_ticks_to_ns(read_cntvct() - p->start_ticks);
	}
	*err = -LINUX_EINVAL;
	return 0;
}

static long put_time(struct proc *p, u32 uaddr, u64 ns, int is64)
{
	if (is64) {
		struct linux_timespec64 ts = { (s64)(ns / NSEC_PER_SEC), (s64)(ns % NSEC_PER_SEC) };
		return vm_copy_out(&p->vm, uaddr, &ts, sizeof(ts)) == sizeof(ts) ? 0 : -LINUX_EFAULT;
	}
	struct linux_old_timespec32 ts = { (s32)(ns / NSEC_PER_SEC), (s32)(ns % NSEC_PER_SEC) };
	return vm_copy_out(&p->vm, uaddr, &ts, sizeof(ts)) == sizeof(ts) ? 0 : -LINUX_EFAULT;
}

/* Reads a timespec (32- or 64-bit) and checks it: -EFAULT, -EINVAL or 0 with *ns. */
static long get_time(struct proc *p, u32 uaddr, int is64, u64 *ns)
{
	s64 sec, nsec;

	if (is64) {
		struct linux_timespec64 ts;
		if (vm_copy_in(&p->vm, &ts, uaddr, sizeof(ts)) != sizeof(ts))
			return -LINUX_EFAULT;
		sec = ts.tv_sec;
		nsec = (s32)ts.tv_nsec;         /* the upper half is ignored for 32-bit callers */
	} else {
		struct linux_old_timespec32 ts;
		if (vm_copy_in(&p->vm, &ts, uaddr, sizeof(ts)) != sizeof(ts))
			return -LINUX_EFAULT;
		sec = ts.tv_sec;
		nsec = ts.tv_nsec;
	}
	if (sec < 0 || nsec < 0 || nsec >= (s64)NSEC_PER_SEC)
		return -LINUX_EINVAL;
	*ns = (u64)sec * NSEC_PER_SEC + (u64)nsec;
	return 0;
}

static long clock_gettime(struct call *c, int is64)
{
	long err = 0;
	u64 ns = clock_now(c->p, c->a[0], &err);

	return err ? err : put_time(c->p, c->a[1], ns, is64);
}

long sys_clock_gettime(struct call *c) { return clock_gettime(c, 0); }
long sys_clock_gettime64(struct call *c) { return clock_gettime(c, 1); }

static long clock_getres(struct call *c, int is64)
{
	long err = 0;
	u32 clk = c->a[0];

	clock_now(c->p, clk, &err);
	if (err || !c->a[1])
		return err;
	u64 res = (clk == LINUX_CLOCK_REALTIME_COARSE || clk == LINUX_CLOCK_MONOTONIC_COARSE)
		? NSEC_PER_SEC / 100 : 1;
	return put_time(c->p, c->a[1], res, is64);
}

long sys_clock_getres(struct call *c) { return clock_getres(c, 0); }
long sys_clock_getres_time64(struct call *c) { return clock_getres(c, 1); }

long sys_gettimeofday(struct call *c)
{
	u64 ns = time_realtime_ns();

	if (c->a[0]) {
		struct linux_timeval tv = { (s32)(ns / NSEC_PER_SEC), (s32)(ns % NSEC_PER_SEC / 1000) };
		if (vm_copy_out(&c->p->vm, c->a[0], &tv, sizeof(tv)) != sizeof(tv))
			return -LINUX_EFAULT;
	}
	if (c->a[1]) {
		struct linux_timezone tz = { 0, 0 };
		if (vm_copy_out(&c->p->vm, c->a[1], &tz, sizeof(tz)) != sizeof(tz))
			return -LINUX_EFAULT;
	}
	return 0;
}

static void arm_alarm(void)
{
	timer_alarm(sleepers ? sleepers->sleep_until : 0, NOTIFY_ALARM);
}

static void sleeper_insert(struct proc *p)
{
	struct proc **pp = &sleepers;

	while (*pp && (*pp)->sleep_until <= p->sleep_until)
		pp = &(*pp)->sleep_next;
	p->sleep_next = *pp;
	*pp = p;
	arm_alarm();
}

void time_cancel_sleep(struct proc *p)
{
	for (struct proc **pp = &sleepers; *pp; pp = &(*pp)->sleep_next) {
		if (*pp == p) {
			*pp = p->sleep_next;
			arm_alarm();
			return;
		}
	}
}

void time_wake_sleepers(void)
{
	u64 now = read_cntvct();

	while (sleepers && sleepers->sleep_until <= now) {
		struct proc *p = sleepers;
		struct msg m = { .tag = TAG(0, 1), .mr = { 0 } };
		sleepers = p->sleep_next;
		ipc_reply(p->tid, &m);
	}
	arm_alarm();
}

/* Sleeps for ns (relative) or until ns of clock clk (absolute): a pending request. */
static long sleep_until(struct proc *p, u32 clk, u64 ns, int absolute)
{
	long err = 0;
	u64 now = clock_now(p, clk, &err);

	if (err)
		return err;
	if (absolute)
		ns = ns > now ? ns - now : 0;
	if (!ns)
		return 0;
	p->sleep_until = read_cntvct() + clock_ns_to_ticks(ns) + 1;
	sleeper_insert(p);
	return CALL_PENDING;
}

long sys_nanosleep(struct call *c)
{
	u64 ns;
	long err = get_time(c->p, c->a[0], 0, &ns);

	return err ? err : sleep_until(c->p, LINUX_CLOCK_MONOTONIC, ns, 0);
}

static long clock_nanosleep(struct call *c, int is64)
{
	u32 clk = c->a[0], flags = c->a[1];
	u64 ns;

	if (clk == LINUX_CLOCK_THREAD_CPUTIME_ID)
		return -LINUX_EINVAL;
	if (clk != LINUX_CLOCK_REALTIME && clk != LINUX_CLOCK_MONOTONIC && clk != LINUX_CLOCK_BOOTTIME &&
	    clk != LINUX_CLOCK_TAI && clk != LINUX_CLOCK_PROCESS_CPUTIME_ID)
		return -LINUX_EINVAL;
	long err = get_time(c->p, c->a[2], is64, &ns);
	return err ? err : sleep_until(c->p, clk, ns, flags & LINUX_TIMER_ABSTIME);
}

long sys_clock_nanosleep(struct call *c) { return clock_nanosleep(c, 0); }
long sys_clock_nanosleep_time64(struct call *c) { return clock_nanosleep(c, 1); }
