/*
 * sig_alarm: alarm and the ITIMER_REAL timer beyond itimer: alarm never
 * reports 0 while an alarm is pending (less than a second left is 1) and
 * rounds a fraction up; alarm(0) cancels, and nothing arrives after. An
 * expiry sends SIGALRM with si_code SI_KERNEL, once for a one-shot timer
 * and each period for a repeating one. setitimer with a bad old-value
 * pointer is EFAULT but the new timer is set. A fork child starts with
 * no timer and no pending signals; an exec'd program keeps the timer,
 * value and interval.
 */
#include "lt.h"
#include <signal.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <linux_abi/signal.h>

struct ts32 {
	int32_t sec, nsec;
};

/* rt_sigtimedwait for SIGALRM (blocked) up to ms: the signal, or -1 EAGAIN; its si_code */
static long wait_alarm(int ms, int *code)
{
	linux_sigset_t s = { { 1u << (LINUX_SIGALRM - 1), 0 } };
	struct ts32 ts = { ms / 1000, (ms % 1000) * 1000000 };
	struct linux_siginfo si;
	long r;

	memset(&si, 0, sizeof si);
	r = syscall(SYS_rt_sigtimedwait, &s, &si, &ts, 8);
	if (code)
		*code = si.si_code;
	return r;
}

static void set_ms(int value_ms, int interval_ms)
{
	struct itimerval it = { { interval_ms / 1000, (interval_ms % 1000) * 1000 },
				{ value_ms / 1000, (value_ms % 1000) * 1000 } };

	SETUP(setitimer(ITIMER_REAL, &it, NULL));
}

static int left_sec(void)
{
	struct itimerval it;

	getitimer(ITIMER_REAL, &it);
	return it.it_value.tv_sec + (it.it_value.tv_usec ? 1 : 0);
}

/* after the exec: exit 0 if the timer came through */
static int after_exec(void)
{
	struct itimerval it;
	unsigned bad = 0;

	if (getitimer(ITIMER_REAL, &it))
		bad |= 1;
	if (it.it_value.tv_sec < 90 || it.it_value.tv_sec > 100)
		bad |= 2;
	if (it.it_interval.tv_sec != 7 || it.it_interval.tv_usec != 250000)
		bad |= 4;
	memset(&it, 0, sizeof it);
	setitimer(ITIMER_REAL, &it, NULL);
	return bad;
}

int main(int argc, char **argv)
{
	struct itimerval it, old;
	sigset_t alrm;
	int code, st;

	if (argc > 1 && !strcmp(argv[1], "exec"))
		return after_exec();

	sigemptyset(&alrm);
	sigaddset(&alrm, SIGALRM);
	sigprocmask(SIG_BLOCK, &alrm, NULL);

	EXPECT_EQ("alarm(0), none set", alarm(0), 0);
	set_ms(900, 0);
	EXPECT_EQ("0.9 s left: alarm(0) says 1, not 0", alarm(0), 1);
	EXPECT_EQ("cancelled: getitimer reads 0", left_sec(), 0);
	EXPECT_ERR("nothing arrives", wait_alarm(600, NULL), EAGAIN);
	set_ms(2950, 0);
	EXPECT_EQ("2.95 s left: alarm(10) says 3", alarm(10), 3);
	EXPECT_EQ("alarm(0) then says 10", alarm(0), 10);

	set_ms(50, 0);
	EXPECT_EQ("one-shot: SIGALRM", wait_alarm(3000, &code), LINUX_SIGALRM);
	EXPECT_EQ("... si_code SI_KERNEL", code, LINUX_SI_KERNEL);
	EXPECT_ERR("... only once", wait_alarm(300, NULL), EAGAIN);
	EXPECT_EQ("... and the timer reads 0", left_sec(), 0);

	set_ms(40, 40);
	int n = 0;
	for (int i = 0; i < 3; i++)
		n += wait_alarm(3000, NULL) == LINUX_SIGALRM;
	set_ms(0, 0);
	EXPECT_EQ("repeating: three periods, three signals", n, 3);
	wait_alarm(0, NULL);

	struct { int32_t isec, iusec, sec, usec; } raw = { 0, 0, 5, 0 }, raw_old = { 0, 0, 0, 0 };
	EXPECT_ERR("setitimer, bad old pointer", syscall(SYS_setitimer, ITIMER_REAL, &raw, BAD), EFAULT);
	EXPECT_TRUE("... the timer was set anyway", left_sec() == 5);
	EXPECT_OK("getitimer", getitimer(ITIMER_REAL, &old));
	raw.sec = 0;
	EXPECT_OK("setitimer(0) with the old value", syscall(SYS_setitimer, ITIMER_REAL, &raw, &raw_old));
	EXPECT_EQ("... the old value", raw_old.sec + (raw_old.usec ? 1 : 0), 5);
	EXPECT_EQ("... disarmed", left_sec(), 0);
	EXPECT_ERR("getitimer bad which", getitimer(3, &old), EINVAL);
	it = (struct itimerval){ { 0, -1 }, { 1, 0 } };
	EXPECT_ERR("setitimer negative interval usec", setitimer(ITIMER_REAL, &it, NULL), EINVAL);

	/* not inherited by a fork child */
	alarm(10);
	raise(SIGALRM);
	pid_t pid = fork();
	if (pid == 0) {
		sigset_t p;

		sigpending(&p);
		_exit((left_sec() == 0 ? 0 : 1) | (alarm(0) == 0 ? 0 : 2) | (sigismember(&p, SIGALRM) ? 4 : 0));
	}
	waitpid(pid, &st, 0);
	EXPECT_EQ("fork child: no timer, no pending SIGALRM", WEXITSTATUS(st), 0);
	EXPECT_EQ("the parent's is still set", alarm(0), 10);
	EXPECT_EQ("the parent's SIGALRM still pending", wait_alarm(0, NULL), LINUX_SIGALRM);

	/* kept across execve */
	pid = fork();
	if (pid == 0) {
		it = (struct itimerval){ { 7, 250000 }, { 100, 0 } };
		setitimer(ITIMER_REAL, &it, NULL);
		execl(argv[0], argv[0], "exec", (char *)NULL);
		_exit(99);
	}
	waitpid(pid, &st, 0);
	EXPECT_EQ("exec'd program: the timer's value and interval came through", WIFEXITED(st) ? WEXITSTATUS(st) : -1,
		  0);
	return lt_done();
}
