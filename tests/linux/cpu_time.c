/*
 * cpu_time: CPU time is counted while a process runs and not while it
 * sleeps: getrusage(RUSAGE_SELF), times() and CLOCK_PROCESS_CPUTIME_ID
 * grow by about a busy loop's length; a child's time reaches its parent's
 * RUSAGE_CHILDREN and tms_cutime only once it is reaped, and wait4's
 * rusage says it; ru_maxrss (KiB) is the peak memory, a reaped child's
 * included in RUSAGE_CHILDREN. Errors: an unknown who is EINVAL, bad
 * pointers EFAULT. Figures are checked against thresholds (the machine
 * is emulated, and Linux splits user and system time where Persona has
 * only user time: their sum is what is checked).
 */
#include "lt.h"
#include <time.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <linux_abi/resource.h>

#define BUSY_MS 300

static long long mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

static long long cpu_clock_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

static long long tv_ms(const struct linux_timeval *tv)
{
	return tv->tv_sec * 1000LL + tv->tv_usec / 1000;
}

/* getrusage (77) as the kernel gives it: CPU ms (user + system), and the peak in *maxrss_kb */
static long long usage_ms(int who, long *maxrss_kb)
{
	struct linux_rusage ru;

	if (syscall(SYS_getrusage, who, &ru) < 0)
		return -1;
	if (maxrss_kb)
		*maxrss_kb = ru.ru_maxrss;
	return tv_ms(&ru.ru_utime) + tv_ms(&ru.ru_stime);
}

/*
 * Computes for ms, looking at the clock rarely: a clock_gettime is a
 * call to mm0 on Persona (Linux has its vDSO), and the time servers spend
 * on a process's calls is not the process's there.
 */
static void busy(int ms)
{
	volatile unsigned long spin = 0;
	long long end = mono_ms() + ms;

	while (mono_ms() < end)
		for (int i = 0; i < 200000; i++)
			spin++;
}

static void sleep_ms(int ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) < 0)
		;
}

static long ticks(struct tms *t, int children)
{
	return children ? t->tms_cutime + t->tms_cstime : t->tms_utime + t->tms_stime;
}

int main(void)
{
	struct tms t0, t1;
	long long u0, c0, w0;
	long maxrss = 0;
	int fds[2], st;
	struct linux_rusage ru;
	clock_t r0, r1;

	u0 = usage_ms(LINUX_RUSAGE_SELF, NULL);
	c0 = cpu_clock_ms();
	SETUP(times(&t0));
	w0 = mono_ms();
	busy(BUSY_MS);
	EXPECT_TRUE("busy: getrusage grows by at least half the loop",
		    usage_ms(LINUX_RUSAGE_SELF, NULL) - u0 >= BUSY_MS / 2);
	EXPECT_TRUE("busy: CLOCK_PROCESS_CPUTIME_ID grows by at least half the loop",
		    cpu_clock_ms() - c0 >= BUSY_MS / 2);
	EXPECT_TRUE("busy: ... and by no more than the time that passed",
		    cpu_clock_ms() - c0 <= mono_ms() - w0 + 20);
	SETUP(times(&t1));
	EXPECT_TRUE("busy: times() grows by at least 15 ticks", ticks(&t1, 0) - ticks(&t0, 0) >= 15);
	EXPECT_TRUE("RUSAGE_THREAD counts too", usage_ms(LINUX_RUSAGE_THREAD, NULL) - u0 >= BUSY_MS / 2);

	u0 = usage_ms(LINUX_RUSAGE_SELF, NULL);
	r0 = times(&t0);
	sleep_ms(BUSY_MS);
	r1 = times(&t1);
	EXPECT_TRUE("sleep: getrusage grows by less than a third", usage_ms(LINUX_RUSAGE_SELF, NULL) - u0 < BUSY_MS / 3);
	EXPECT_TRUE("sleep: times() returns a clock that went on (25+ ticks)", r1 - r0 >= 25);
	EXPECT_TRUE("sleep: its CPU ticks grow by less than 10", ticks(&t1, 0) - ticks(&t0, 0) < 10);

	EXPECT_TRUE("RUSAGE_SELF ru_maxrss is some KiB", usage_ms(LINUX_RUSAGE_SELF, &maxrss) >= 0 && maxrss > 0);
	EXPECT_TRUE("no children yet: RUSAGE_CHILDREN near 0", usage_ms(LINUX_RUSAGE_CHILDREN, NULL) < 50);

	SETUP(pipe(fds));
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		busy(BUSY_MS);
		volatile char *m = malloc(8 << 20);
		if (!m)
			_exit(2);
		for (int i = 0; i < 8 << 20; i += 4096)
			m[i] = 1;                       /* 8 MiB resident */
		_exit(0);
	}
	SETUP(pid);
	close(fds[1]);
	char c;
	SETUP(read(fds[0], &c, 1));             /* 0: the child has exited (a zombie) */
	EXPECT_TRUE("child exited, not reaped: RUSAGE_CHILDREN still near 0",
		    usage_ms(LINUX_RUSAGE_CHILDREN, NULL) < 50);
	EXPECT_TRUE("wait4 with rusage", syscall(SYS_wait4, pid, &st, 0, &ru) == pid);
	EXPECT_EQ("  exit status", st, 0);
	EXPECT_TRUE("  its CPU time: at least half the loop", tv_ms(&ru.ru_utime) + tv_ms(&ru.ru_stime) >= BUSY_MS / 2);
	EXPECT_TRUE("  its ru_maxrss: at least 8 MiB", ru.ru_maxrss >= 8192);
	EXPECT_TRUE("reaped: RUSAGE_CHILDREN has its time", usage_ms(LINUX_RUSAGE_CHILDREN, &maxrss) >= BUSY_MS / 2);
	EXPECT_TRUE("  and its peak memory", maxrss >= 8192);
	SETUP(times(&t1));
	EXPECT_TRUE("  and tms_cutime + tms_cstime at least 15 ticks", ticks(&t1, 1) >= 15);
	EXPECT_TRUE("the parent's own time did not take the child's",
		    usage_ms(LINUX_RUSAGE_SELF, NULL) - u0 < BUSY_MS / 3);

	EXPECT_ERR("getrusage(2)", syscall(SYS_getrusage, 2, &ru), EINVAL);
	EXPECT_ERR("getrusage(-2)", syscall(SYS_getrusage, -2, &ru), EINVAL);
	EXPECT_ERR("getrusage(RUSAGE_SELF, BAD)", syscall(SYS_getrusage, LINUX_RUSAGE_SELF, BAD), EFAULT);
	EXPECT_ERR("times(BAD)", syscall(SYS_times, BAD), EFAULT);
	return lt_done();
}
