/*
 * Time for processes. Monotonic time is the generic timer's counter, which
 * user mode reads directly; wall time is the PL031 RTC's seconds at boot
 * plus that. A sleeping process is a pending request: mm0 keeps sleepers
 * sorted by deadline, has the kernel alarm set for the first one, and
 * replies to each when the alarm notification says it is due — serving
 * everyone else meanwhile. rt_sigtimedwait's timeout is such a sleep too.
 * ITIMER_REAL (setitimer, alarm) is a second sorted list whose expiry
 * sends SIGALRM; the one kernel alarm serves both lists.
 */
#include "syscall.h"
#include "signal.h"
#include <linux_abi/time.h>
#include <clock.h>

#define RTC_VA          0x3fff0000u     /* where mm0 maps the RTC */

static struct proc *sleepers;           /* sorted by sleep_until */
static struct proc *alarms;             /* sorted by alarm_at */

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
		return cputime_ns(p);
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
	u64 first = sleepers ? sleepers->sleep_until : 0;

	if (alarms && (!first || alarms->alarm_at < first))
		first = alarms->alarm_at;
	timer_alarm(first, NOTIFY_ALARM);
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

/* ITIMER_REAL */
static void alarm_remove(struct proc *p)
{
	for (struct proc **pp = &alarms; *pp; pp = &(*pp)->alarm_next) {
		if (*pp == p) {
			*pp = p->alarm_next;
			return;
		}
	}
}

static void alarm_insert(struct proc *p)
{
	struct proc **pp = &alarms;

	while (*pp && (*pp)->alarm_at <= p->alarm_at)
		pp = &(*pp)->alarm_next;
	p->alarm_next = *pp;
	*pp = p;
}

void time_cancel_all(struct proc *p)
{
	time_cancel_sleep(p);
	alarm_remove(p);
	p->alarm_at = 0;
	arm_alarm();
}

static void fire_alarms(u64 now)
{
	while (alarms && alarms->alarm_at <= now) {
		struct proc *p = alarms;
		alarms = p->alarm_next;
		if (p->alarm_interval_ticks) {
			u64 behind = (now - p->alarm_at) / p->alarm_interval_ticks + 1;
			p->alarm_at += behind * p->alarm_interval_ticks;
			alarm_insert(p);
		} else {
			p->alarm_at = 0;
		}
		signal_send(p, LINUX_SIGALRM, NULL);
	}
}

void time_wake_sleepers(void)
{
	u64 now = read_cntvct();

	while (sleepers && sleepers->sleep_until <= now) {
		struct proc *p = sleepers;
		long r = p->wait == WAIT_SIGTIMEDWAIT ? -LINUX_EAGAIN : 0;
		sleepers = p->sleep_next;
		p->wait = WAIT_NONE;
		proc_reply(p, r);
	}
	fire_alarms(now);
	arm_alarm();
}

long time_sleep_interrupted(struct proc *p)
{
	u64 now = read_cntvct();
	u64 left = p->sleep_until > now ? clock_ticks_to_ns(p->sleep_until - now) : 0;

	time_cancel_sleep(p);
	p->wait = WAIT_NONE;
	if (p->sleep_absolute)
		return -ERESTARTNOHAND;
	if (p->sleep_rem && put_time(p, p->sleep_rem, left, p->sleep_rem64) < 0)
		return -LINUX_EFAULT;
	return -ERESTART_RESTARTBLOCK;
}

/* setitimer/getitimer: ITIMER_REAL in 32-bit timevals. */
static u64 tv_ns(const struct linux_timeval *tv)
{
	return (u64)tv->tv_sec * NSEC_PER_SEC + (u64)tv->tv_usec * 1000;
}

static void ns_tv(u64 ns, struct linux_timeval *tv)
{
	u64 us = (ns + 999) / 1000;                     /* round up: never report 0 left early */

	tv->tv_sec = (s32)(us / 1000000);
	tv->tv_usec = (s32)(us % 1000000);
}

static void itimer_get(struct proc *p, struct linux_itimerval *v)
{
	u64 now = read_cntvct();

	ns_tv(p->alarm_at > now ? clock_ticks_to_ns(p->alarm_at - now) : 0, &v->it_value);
	ns_tv(clock_ticks_to_ns(p->alarm_interval_ticks), &v->it_interval);
	if (!p->alarm_at)
		v->it_value.tv_sec = v->it_value.tv_usec = 0;
}

static int tv_valid(const struct linux_timeval *tv)
{
	return tv->tv_sec >= 0 && tv->tv_usec >= 0 && tv->tv_usec < 1000000;
}

long sys_getitimer(struct call *c)
{
	struct linux_itimerval v;

	if (c->a[0] != LINUX_ITIMER_REAL)
		return c->a[0] <= LINUX_ITIMER_PROF ? itimer_unsupported(c) : -LINUX_EINVAL;
	itimer_get(c->p, &v);
	return vm_copy_out(&c->p->vm, c->a[1], &v, sizeof(v)) == sizeof(v) ? 0 : -LINUX_EFAULT;
}

long sys_setitimer(struct call *c)
{
	struct proc *p = c->p;
	struct linux_itimerval v, old;

	if (c->a[0] != LINUX_ITIMER_REAL)
		return c->a[0] <= LINUX_ITIMER_PROF ? itimer_unsupported(c) : -LINUX_EINVAL;
	memset(&v, 0, sizeof(v));      /* no new value: disarm (Linux's "misfeature") */
	if (c->a[1] && vm_copy_in(&p->vm, &v, c->a[1], sizeof(v)) != sizeof(v))
		return -LINUX_EFAULT;
	if (!tv_valid(&v.it_value) || !tv_valid(&v.it_interval))
		return -LINUX_EINVAL;
	itimer_get(p, &old);
	alarm_remove(p);
	u64 value = tv_ns(&v.it_value);
	p->alarm_interval_ticks = value ? clock_ns_to_ticks(tv_ns(&v.it_interval)) : 0;
	p->alarm_at = value ? read_cntvct() + clock_ns_to_ticks(value) : 0;
	if (p->alarm_at)
		alarm_insert(p);
	arm_alarm();
	if (c->a[2] && vm_copy_out(&p->vm, c->a[2], &old, sizeof(old)) != sizeof(old))
		return -LINUX_EFAULT;
	return 0;
}

/* Sleeps for ns (relative) or until ns of clock clk (absolute): a pending request. */
static long sleep_until(struct proc *p, u32 clk, u64 ns, int absolute)
{
	long err = 0;
	u64 now = clock_now(p, clk, &err);

	if (err)
		return err;
	p->sleep_absolute = (u8)absolute;
	if (absolute)
		ns = ns > now ? ns - now : 0;
	if (!ns)
		return 0;
	p->sleep_until = read_cntvct() + clock_ns_to_ticks(ns) + 1;
	p->wait = WAIT_SLEEP;
	sleeper_insert(p);
	return CALL_PENDING;
}

/* rt_sigtimedwait's timeout: a sleep that ends the wait with -EAGAIN. */
void time_sigwait_timeout(struct proc *p, u64 ns)
{
	p->sleep_until = read_cntvct() + clock_ns_to_ticks(ns) + 1;
	sleeper_insert(p);
}

long time_get_timeout(struct proc *p, u32 uaddr, int is64, u64 *ns)
{
	return get_time(p, uaddr, is64, ns);
}

long sys_nanosleep(struct call *c)
{
	u64 ns;
	long err = get_time(c->p, c->a[0], 0, &ns);

	c->p->sleep_rem = c->a[1];
	c->p->sleep_rem64 = 0;
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
	c->p->sleep_rem = c->a[3];
	c->p->sleep_rem64 = (u32)is64;
	return err ? err : sleep_until(c->p, clk, ns, flags & LINUX_TIMER_ABSTIME);
}

long sys_clock_nanosleep(struct call *c) { return clock_nanosleep(c, 0); }
long sys_clock_nanosleep_time64(struct call *c) { return clock_nanosleep(c, 1); }
