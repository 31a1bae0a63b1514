/*
 * glue_altstack: sigaltstack through the C library, with newlib's stack_t
 * and constants (Linux's values). Its rules (size, flags, no change while
 * on it); handlers with SA_ONSTACK, plain and SA_SIGINFO, run on the
 * alternate stack, see SS_ONSTACK there and return from it, also from a
 * handler nested on the stack already in use; and the use
 * it exists for: a stack overflow's SIGSEGV handled on the alternate
 * stack.
 */
#include "lt.h"
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

static char alt[4 * SIGSTKSZ] __attribute__((aligned(16)));
static volatile int on_alt, flags_inside, change_inside, runs;

static int here_on_alt(void)
{
	char here;

	return &here >= alt && &here < alt + sizeof alt;
}

static void look(void)
{
	stack_t now, other = { alt, 0, SIGSTKSZ };

	runs++;
	on_alt = here_on_alt();
	sigaltstack(NULL, &now);
	flags_inside = now.ss_flags;
	errno = 0;
	change_inside = sigaltstack(&other, NULL) == -1 ? errno : 0;
}

static void plain(int sig)
{
	look();
}

static volatile int nested_on_alt, nested_runs, nest;

static void nested(int sig, siginfo_t *si, void *ctx)
{
	nested_runs++;
	nested_on_alt = here_on_alt();
}

static void with_info(int sig, siginfo_t *si, void *ctx)
{
	look();
	if (nest)
		raise(SIGUSR2);         /* runs now, on the alternate stack, and returns here */
}

static void set(int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	if (flags & SA_SIGINFO)
		sa.sa_sigaction = with_info;
	else
		sa.sa_handler = plain;
	sa.sa_flags = flags;
	SETUP(sigaction(SIGUSR1, &sa, NULL));
}

static void overflow_handler(int sig, siginfo_t *si, void *ctx)
{
	_exit(sig == SIGSEGV && here_on_alt() ? 42 : 1);
}

/* Deeper and deeper, until depth (never reached) or the stack runs out. */
static int recurse(volatile char *prev, unsigned depth)
{
	volatile char frame[1024];

	frame[0] = prev ? prev[0] + 1 : 0;
	if (!depth)
		return frame[0];
	return recurse(frame, depth - 1) + frame[1];
}

/* A child that overflows its stack: its exit status (42: handled on the alternate stack). */
static int overflow(void)
{
	pid_t pid = fork();
	int st;

	if (pid == 0) {
		struct rlimit rl = { 256 * 1024, 256 * 1024 };
		stack_t ss = { alt, 0, sizeof alt };
		struct sigaction sa;

		setrlimit(RLIMIT_STACK, &rl);
		sigaltstack(&ss, NULL);
		memset(&sa, 0, sizeof sa);
		sa.sa_sigaction = overflow_handler;
		sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
		sigaction(SIGSEGV, &sa, NULL);
		recurse(NULL, ~0u);
		_exit(2);
	}
	waitpid(pid, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 100 + WTERMSIG(st);
}

int main(void)
{
	struct sigaction sa;
	stack_t ss, old;

	EXPECT_EQ("MINSIGSTKSZ", MINSIGSTKSZ, 2048);
	EXPECT_EQ("SIGSTKSZ", SIGSTKSZ, 8192);
	EXPECT_OK("query", sigaltstack(NULL, &old));
	EXPECT_EQ("none at first: SS_DISABLE", old.ss_flags, SS_DISABLE);
	ss = (stack_t){ alt, 0, MINSIGSTKSZ - 1 };
	EXPECT_ERR("smaller than MINSIGSTKSZ", sigaltstack(&ss, NULL), ENOMEM);
	ss = (stack_t){ alt, 5, sizeof alt };
	EXPECT_ERR("bad flags", sigaltstack(&ss, NULL), EINVAL);
	ss = (stack_t){ alt, 0, sizeof alt };
	EXPECT_OK("set", sigaltstack(&ss, &old));
	EXPECT_EQ("the old one was SS_DISABLE", old.ss_flags, SS_DISABLE);
	EXPECT_OK("query", sigaltstack(NULL, &old));
	EXPECT_TRUE("as set", old.ss_sp == alt && old.ss_size == sizeof alt && old.ss_flags == 0);

	set(0);
	raise(SIGUSR1);
	EXPECT_EQ("without SA_ONSTACK: the normal stack", on_alt, 0);
	set(SA_ONSTACK);
	raise(SIGUSR1);
	EXPECT_EQ("SA_ONSTACK: the alternate stack", on_alt, 1);
	EXPECT_EQ("... seen inside as SS_ONSTACK", flags_inside, SS_ONSTACK);
	EXPECT_EQ("... no change while on it: EPERM", change_inside, EPERM);
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = nested;
	sa.sa_flags = SA_SIGINFO;
	SETUP(sigaction(SIGUSR2, &sa, NULL));
	set(SA_ONSTACK | SA_SIGINFO);
	runs = 0;
	raise(SIGUSR1);
	EXPECT_EQ("SA_SIGINFO|SA_ONSTACK: the alternate stack", on_alt, 1);
	EXPECT_EQ("... SS_ONSTACK inside", flags_inside, SS_ONSTACK);
	raise(SIGUSR1);
	EXPECT_EQ("... and it returns (rt_sigreturn) to run again", runs, 2);
	EXPECT_OK("query after", sigaltstack(NULL, &old));
	EXPECT_TRUE("unchanged, not on it now", old.ss_sp == alt && old.ss_flags == 0);

	EXPECT_EQ("stack overflow: SIGSEGV handled on the alternate stack", overflow(), 42);

	nest = 1;
	raise(SIGUSR1);
	raise(SIGUSR1);
	EXPECT_EQ("a SA_SIGINFO handler nested in it ran, and returned", nested_runs, 2);
	EXPECT_EQ("... on the alternate stack (already in use)", nested_on_alt, 1);
	EXPECT_EQ("... and the outer one returned too", runs, 4);

	ss = (stack_t){ NULL, SS_DISABLE, 0 };
	EXPECT_OK("disable", sigaltstack(&ss, NULL));
	raise(SIGUSR1);
	EXPECT_EQ("disabled: the normal stack again", on_alt, 0);
	EXPECT_OK("query", sigaltstack(NULL, &old));
	EXPECT_EQ("SS_DISABLE", old.ss_flags, SS_DISABLE);
	return lt_done();
}
