/*
 * rt_queue: real-time signals queue, standard ones do not (Linux's
 * struct sigpending). With everything blocked, three rt_sigqueueinfo of
 * one real-time signal are three deliveries, in order, each with its own
 * value; a standard signal sent twice is one. Unblocked at once, they go
 * in Linux's order: synchronous signals (SIGSEGV...) first, then lowest
 * number first. rt_sigtimedwait takes queued instances one at a time;
 * ignoring a signal discards every queued instance. RLIMIT_SIGPENDING
 * caps what rt_sigqueueinfo may queue (EAGAIN), but not kill's.
 * newlib has no real-time signals, so this uses the raw calls, as a C
 * library does.
 */
#include "lt.h"
#include <signal.h>
#include <sys/resource.h>
#include <linux_abi/signal.h>
#include "lt_raw.h"

static int seen[16];
static volatile int nseen;

static void handler(int sig, struct linux_siginfo *si, void *ctx)
{
	if (nseen < 16)
		seen[nseen] = sig * 100 + (si->si_code == LINUX_SI_QUEUE ? si->sifields.rt.sigval.sival_int : 99);
	nseen++;
}

/* SA_SIGINFO with every signal blocked while the handler runs, or SIG_IGN */
static void install(int sig, u_int32_t how)
{
	struct linux_sigaction k = { how, LINUX_SA_SIGINFO | LINUX_SA_RESTORER,
				     (u_int32_t)rt_restorer, { { ~0u, ~0u } } };

	SETUP(syscall(SYS_rt_sigaction, sig, &k, 0, 8));
}

static long mask(int how, u_int32_t lo, u_int32_t hi)
{
	linux_sigset_t set = { { lo, hi } };

	return syscall(SYS_rt_sigprocmask, how, &set, 0, 8);
}

static long queue(int sig, int value)
{
	struct linux_siginfo si;

	memset(&si, 0, sizeof si);
	si.si_signo = sig;
	si.si_code = LINUX_SI_QUEUE;
	si.sifields.rt.pid = getpid();
	si.sifields.rt.sigval.sival_int = value;
	return syscall(SYS_rt_sigqueueinfo, getpid(), sig, &si);
}

static void print_seen(const char *label)
{
	printf("%s:", label);
	for (int i = 0; i < nseen && i < 16; i++)
		printf(" %d", seen[i]);
	printf("\n");
	nseen = 0;
}

static void pending(const char *label)
{
	linux_sigset_t set;

	SETUP(syscall(SYS_rt_sigpending, &set, 8));
	printf("%s: %08x %08x\n", label, (unsigned)set.sig[0], (unsigned)set.sig[1]);
}

static long timedwait(u_int32_t lo, u_int32_t hi, struct linux_siginfo *si)
{
	linux_sigset_t set = { { lo, hi } };
	struct { long s, ns; } zero = { 0, 0 };

	return syscall(SYS_rt_sigtimedwait, &set, si, &zero, 8);
}

/* kill with Linux's signal number (newlib's kill() takes its own numbers) */
static long rkill(int sig)
{
	return syscall(SYS_kill, getpid(), sig);
}

#define BIT(sig) (1u << (((sig) - 1) % 32))

int main(void)
{
	struct linux_siginfo si;
	struct rlimit rl;
	int sigs[] = { LINUX_SIGINT, LINUX_SIGUSR2, LINUX_SIGSEGV, 34, 40, 64 };

	for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		install(sigs[i], (u_int32_t)handler);
	SETUP(mask(LINUX_SIG_BLOCK, ~0u, ~0u));

	EXPECT_OK("queue 40 value 0", queue(40, 0));
	EXPECT_OK("queue 40 value 1", queue(40, 1));
	EXPECT_OK("queue 40 value 2", queue(40, 2));
	EXPECT_OK("queue 64 value 5", queue(64, 5));
	EXPECT_OK("queue 34 value 7", queue(34, 7));
	EXPECT_OK("kill SIGUSR2", rkill(LINUX_SIGUSR2));
	EXPECT_OK("kill SIGUSR2 again", rkill(LINUX_SIGUSR2));
	EXPECT_OK("kill SIGINT", rkill(LINUX_SIGINT));
	EXPECT_OK("kill SIGSEGV", rkill(LINUX_SIGSEGV));
	pending("pending");
	EXPECT_EQ("nothing delivered while blocked", nseen, 0);
	SETUP(mask(LINUX_SIG_SETMASK, 0, 0));
	print_seen("delivered (signal*100 + value, 99: kill)");

	/* rt_sigtimedwait takes one instance per call */
	SETUP(mask(LINUX_SIG_BLOCK, ~0u, ~0u));
	EXPECT_OK("queue 40 value 10", queue(40, 10));
	EXPECT_OK("queue 40 value 11", queue(40, 11));
	EXPECT_EQ("sigtimedwait 1", timedwait(0, BIT(40), &si), 40);
	EXPECT_EQ("  value", si.sifields.rt.sigval.sival_int, 10);
	EXPECT_EQ("sigtimedwait 2", timedwait(0, BIT(40), &si), 40);
	EXPECT_EQ("  value", si.sifields.rt.sigval.sival_int, 11);
	EXPECT_ERR("sigtimedwait 3, none left", timedwait(0, BIT(40), &si), EAGAIN);

	/* ignoring discards every instance */
	EXPECT_OK("queue 40 value 20", queue(40, 20));
	EXPECT_OK("queue 40 value 21", queue(40, 21));
	install(40, LINUX_SIG_IGN);
	install(40, (u_int32_t)handler);
	pending("pending after SIG_IGN");
	SETUP(mask(LINUX_SIG_SETMASK, 0, 0));
	EXPECT_EQ("delivered after SIG_IGN", nseen, 0);

	/* RLIMIT_SIGPENDING: sigqueue is refused past it, kill is not */
	SETUP(getrlimit(RLIMIT_SIGPENDING, &rl));
	EXPECT_TRUE("RLIMIT_SIGPENDING at least 64", rl.rlim_cur >= 64);
	rl.rlim_cur = 3;
	SETUP(setrlimit(RLIMIT_SIGPENDING, &rl));
	SETUP(mask(LINUX_SIG_BLOCK, ~0u, ~0u));
	EXPECT_OK("limit 3: queue 1", queue(40, 30));
	EXPECT_OK("limit 3: queue 2", queue(40, 31));
	EXPECT_OK("limit 3: queue 3", queue(40, 32));
	EXPECT_ERR("limit 3: queue 4", queue(40, 33), EAGAIN);
	EXPECT_ERR("limit 3: another signal", queue(41, 34), EAGAIN);
	EXPECT_OK("limit 3: kill still queues", rkill(40));
	SETUP(mask(LINUX_SIG_SETMASK, 0, 0));
	print_seen("delivered at the limit");
	EXPECT_OK("queue again once delivered", queue(40, 40));
	print_seen("delivered after");
	return lt_done();
}
