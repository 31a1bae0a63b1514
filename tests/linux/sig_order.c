/*
 * sig_order: the order in which pending signals are delivered, as Linux's
 * next_signal() picks them: several standard signals made pending while
 * blocked and unblocked at once run lowest number first, except that the
 * synchronous ones (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGSYS) go
 * before all others; each delivery builds its frame on the one before, so
 * without an sa_mask the last one picked runs first. A real-time signal
 * sent N times is queued N times and delivered N times in the order sent,
 * each with its own value, after every standard signal and lowest number
 * first; a standard signal sent again while pending is dropped (its first
 * siginfo kept). Raw rt_sigaction and rt_sigqueueinfo with Linux numbers.
 */
#include "lt.h"
#include <signal.h>
#include <linux_abi/signal.h>
#include "lt_raw.h"

static volatile int events[32], nevents;

static void note(int v)
{
	if (nevents < 32)
		events[nevents++] = v;
}

/* records "sig" or "sig:value" (value > 0 for a queued one) */
static void on_sig(int sig, struct linux_siginfo *si, void *ctx)
{
	if (si->si_code == LINUX_SI_QUEUE)
		note(sig * 1000 + si->sifields.rt.sigval.sival_int);
	else
		note(sig * 1000);
}

/* records its start and its end, as sig and -sig */
static void on_sig_nest(int sig, struct linux_siginfo *si, void *ctx)
{
	note(sig * 1000);
	note(-sig * 1000);
}

static void install(int sig, void (*fn)(int, struct linux_siginfo *, void *), int full_mask)
{
	struct linux_sigaction k = { (u_int32_t)fn, LINUX_SA_SIGINFO | LINUX_SA_RESTORER,
				     (u_int32_t)rt_restorer, { { 0, 0 } } };

	if (full_mask)
		k.mask.sig[0] = k.mask.sig[1] = ~0u;
	SETUP(syscall(SYS_rt_sigaction, sig, &k, 0, 8));
}

static void ignore(int sig)
{
	struct linux_sigaction k = { LINUX_SIG_IGN, 0, 0, { { 0, 0 } } };

	SETUP(syscall(SYS_rt_sigaction, sig, &k, 0, 8));
}

static void setmask(u_int32_t w0, u_int32_t w1)
{
	linux_sigset_t s = { { w0, w1 } };

	SETUP(syscall(SYS_rt_sigprocmask, LINUX_SIG_SETMASK, &s, 0, 8));
}

static void block_all(void)
{
	setmask(~0u, ~0u);
}

static void unblock_all(void)
{
	setmask(0, 0);
}

static long queue(int sig, int value)
{
	struct linux_siginfo si;

	memset(&si, 0, sizeof si);
	si.si_signo = sig;
	si.si_code = LINUX_SI_QUEUE;
	si.sifields.rt.pid = getpid();
	si.sifields.rt.uid = getuid();
	si.sifields.rt.sigval.sival_int = value;
	return syscall(SYS_rt_sigqueueinfo, getpid(), sig, &si);
}

/* the events so far as text: "7 11 31:2 -10" (sig, or sig:value) */
static const char *events_text(void)
{
	static char buf[256];
	size_t n = 0;

	buf[0] = 0;
	for (int i = 0; i < nevents && n < sizeof buf - 16; i++) {
		int v = events[i], neg = v < 0;

		if (neg)
			v = -v;
		n += snprintf(buf + n, sizeof buf - n, "%s%s%d", i ? " " : "", neg ? "-" : "", v / 1000);
		if (v % 1000)
			n += snprintf(buf + n, sizeof buf - n, ":%d", v % 1000);
	}
	return buf;
}

/* kill(getpid(), sig) with Linux's number (the C library's kill takes newlib's) */
static long ksig(int sig)
{
	return syscall(SYS_kill, getpid(), sig);
}

static int is_pending(int sig)
{
	linux_sigset_t p;

	syscall(SYS_rt_sigpending, &p, 8);
	return (p.sig[(sig - 1) / 32] >> ((sig - 1) % 32)) & 1;
}

static long take(int sig, struct linux_siginfo *si)
{
	linux_sigset_t s = { { 0, 0 } };
	struct { int32_t sec, nsec; } zero = { 0, 0 };

	s.sig[(sig - 1) / 32] = 1u << ((sig - 1) % 32);
	return syscall(SYS_rt_sigtimedwait, &s, si, &zero, 8);
}

int main(void)
{
	static const int std[] = { 15, 12, 1, 28, 10, 2, 11, 7, 31, 5 };
	struct linux_siginfo si;
	int i;

	/* standard signals, handlers blocking everything: one at a time */
	for (i = 0; i < 10; i++)
		install(std[i], on_sig, 1);
	block_all();
	for (i = 0; i < 10; i++)
		SETUP(ksig(std[i]));
	EXPECT_EQ("blocked: none ran", nevents, 0);
	unblock_all();
	EXPECT_STR("unblocked at once: synchronous first, then lowest first", events_text(),
		   "5 7 11 31 1 2 10 12 15 28");

	/* without sa_mask: each frame goes on the one before, so the last one picked runs first */
	install(10, on_sig_nest, 0);
	install(12, on_sig_nest, 0);
	install(15, on_sig_nest, 0);
	nevents = 0;
	block_all();
	ksig(15);
	ksig(10);
	ksig(12);
	unblock_all();
	EXPECT_STR("no sa_mask: the highest runs first, each in turn", events_text(), "15 -15 12 -12 10 -10");

	/* real-time signals queue, standard ones do not */
	install(34, on_sig, 1);
	install(40, on_sig, 1);
	install(10, on_sig, 1);
	nevents = 0;
	block_all();
	EXPECT_OK("rt_sigqueueinfo 40 (1)", queue(40, 1));
	EXPECT_OK("rt_sigqueueinfo 40 (2)", queue(40, 2));
	EXPECT_OK("rt_sigqueueinfo 34 (3)", queue(34, 3));
	EXPECT_OK("rt_sigqueueinfo SIGUSR1 (6)", queue(10, 6));
	EXPECT_OK("rt_sigqueueinfo SIGUSR1 again (7)", queue(10, 7));
	EXPECT_OK("rt_sigqueueinfo 34 (4)", queue(34, 4));
	EXPECT_OK("rt_sigqueueinfo 40 (5)", queue(40, 5));
	unblock_all();
	EXPECT_STR("standard once (first value), then rt lowest first, each value in order", events_text(),
		   "10:6 34:3 34:4 40:1 40:2 40:5");

	/* kill() queues real-time signals too */
	nevents = 0;
	block_all();
	ksig(40);
	ksig(40);
	ksig(34);
	ksig(10);
	ksig(10);
	unblock_all();
	EXPECT_STR("kill: rt signals queue, SIGUSR1 does not", events_text(), "10 34 40 40");

	/* SIGRTMIN (32) sits in the first word but after every standard one */
	install(32, on_sig, 1);
	install(33, on_sig, 1);
	install(31, on_sig, 1);
	install(30, on_sig, 1);
	nevents = 0;
	block_all();
	ksig(33);
	ksig(32);
	ksig(30);
	ksig(31);
	unblock_all();
	EXPECT_STR("31 (SIGSYS, synchronous), 30, then 32, 33", events_text(), "31 30 32 33");

	/* taken one at a time by rt_sigtimedwait */
	block_all();
	queue(35, 11);
	queue(35, 12);
	queue(35, 13);
	EXPECT_EQ("queued 35 is pending", is_pending(35), 1);
	memset(&si, 0, sizeof si);
	EXPECT_EQ("rt_sigtimedwait takes 35", take(35, &si), 35);
	EXPECT_EQ("... the first value", si.sifields.rt.sigval.sival_int, 11);
	EXPECT_EQ("... si_code SI_QUEUE", si.si_code, LINUX_SI_QUEUE);
	EXPECT_EQ("still pending after one", is_pending(35), 1);
	take(35, &si);
	EXPECT_EQ("the second value", si.sifields.rt.sigval.sival_int, 12);
	take(35, &si);
	EXPECT_EQ("the third value", si.sifields.rt.sigval.sival_int, 13);
	EXPECT_EQ("no longer pending", is_pending(35), 0);
	EXPECT_ERR("a fourth: EAGAIN", take(35, &si), EAGAIN);

	/* ignoring drops every queued instance */
	queue(36, 1);
	queue(36, 2);
	ignore(36);
	EXPECT_EQ("SIG_IGN: the queue is gone", is_pending(36), 0);
	install(36, on_sig, 1);
	nevents = 0;
	unblock_all();
	EXPECT_EQ("nothing ran", nevents, 0);

	/* a standard signal queued twice keeps the first siginfo */
	block_all();
	queue(12, 21);
	queue(12, 22);
	memset(&si, 0, sizeof si);
	EXPECT_EQ("SIGUSR2 queued twice: taken", take(12, &si), 12);
	EXPECT_EQ("... the first value", si.sifields.rt.sigval.sival_int, 21);
	EXPECT_ERR("... and only once", take(12, &si), EAGAIN);
	unblock_all();
	return lt_done();
}
