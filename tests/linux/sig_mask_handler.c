/*
 * sig_mask_handler: the signal mask around a handler, by Linux's rules:
 * inside, it is the mask before | sa_mask | the signal itself (not with
 * SA_NODEFER), for plain (sigreturn) and SA_SIGINFO (rt_sigreturn)
 * handlers alike; on return the mask from the frame is put back, undoing
 * sigprocmask calls made inside; a handler that unblocks a pending signal
 * has it delivered at once, inside; an SA_SIGINFO handler that edits
 * uc_sigmask changes the mask after its return (SIGKILL and SIGSTOP
 * dropped). SIGKILL and SIGSTOP never enter a mask (sigprocmask, the old
 * sigprocmask, sa_mask) and reach a process that blocks everything.
 * Raw system calls with Linux's signal numbers.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>
#include <linux_abi/signal.h>
#include <linux_abi/sigcontext.h>
#include "lt_raw.h"

#define BIT(s) (1u << ((s) - 1))

static u_int32_t getmask(void)
{
	linux_sigset_t s;

	syscall(SYS_rt_sigprocmask, LINUX_SIG_BLOCK, 0, &s, 8);
	return s.sig[0];
}

static void setmask(u_int32_t w0)
{
	linux_sigset_t s = { { w0, 0 } };

	SETUP(syscall(SYS_rt_sigprocmask, LINUX_SIG_SETMASK, &s, 0, 8));
}

static void change(int how, u_int32_t w0)
{
	linux_sigset_t s = { { w0, 0 } };

	syscall(SYS_rt_sigprocmask, how, &s, 0, 8);
}

static long ksig(int sig)
{
	return syscall(SYS_kill, getpid(), sig);
}

/* a mask's first word as its signal numbers: "1 10 12" */
static const char *text(u_int32_t w)
{
	static char buf[8][128];
	static int turn;
	char *b = buf[turn++ % 8];
	size_t n = 0;

	b[0] = 0;
	for (int s = 1; s <= 32; s++)
		if (w & BIT(s))
			n += snprintf(b + n, 128 - n, "%s%d", n ? " " : "", s);
	if (!n)
		snprintf(b, 128, "none");
	return b;
}

static void install(int sig, void *fn, u_int32_t flags, u_int32_t mask)
{
	int info = (flags & LINUX_SA_SIGINFO) != 0;
	struct linux_sigaction k = { (u_int32_t)fn, flags | LINUX_SA_RESTORER,
				     (u_int32_t)(info ? rt_restorer : restorer), { { mask, 0 } } };

	SETUP(syscall(SYS_rt_sigaction, sig, &k, 0, 8));
}

static volatile u_int32_t inside, inside2, after_change;
static volatile int runs, usr2_runs;
static volatile u_int32_t edit_to;

static void plain(int sig)
{
	inside = getmask();
	runs++;
}

static void with_info(int sig, struct linux_siginfo *si, void *ctx)
{
	struct linux_ucontext *uc = ctx;

	inside = getmask();
	inside2 = uc->uc_sigmask.sig[0];
	runs++;
}

/* changes the mask with sigprocmask: undone at return */
static void changer(int sig)
{
	change(LINUX_SIG_BLOCK, BIT(LINUX_SIGTERM));
	change(LINUX_SIG_UNBLOCK, BIT(LINUX_SIGHUP));
	after_change = getmask();
	runs++;
}

static void on_usr2(int sig)
{
	usr2_runs++;
}

/* unblocks SIGUSR2, which is pending: it runs before this returns */
static volatile int usr2_seen_inside;
static void unblocker(int sig)
{
	change(LINUX_SIG_UNBLOCK, BIT(LINUX_SIGUSR2));
	usr2_seen_inside = usr2_runs;
	runs++;
}

/* sets uc_sigmask to edit_to: the mask after return */
static void editor(int sig, struct linux_siginfo *si, void *ctx)
{
	struct linux_ucontext *uc = ctx;

	uc->uc_sigmask.sig[0] = edit_to;
	runs++;
}

int main(void)
{
	struct linux_sigaction old;
	int st;

	/* plain handler, returning through sigreturn */
	install(LINUX_SIGUSR1, plain, 0, BIT(LINUX_SIGUSR2));
	setmask(BIT(LINUX_SIGHUP));
	ksig(LINUX_SIGUSR1);
	EXPECT_EQ("plain: ran", runs, 1);
	EXPECT_STR("plain: inside, before | sa_mask | the signal", text(inside), "1 10 12");
	EXPECT_STR("plain: after, the mask before", text(getmask()), "1");

	install(LINUX_SIGUSR1, plain, LINUX_SA_NODEFER, BIT(LINUX_SIGUSR2));
	ksig(LINUX_SIGUSR1);
	EXPECT_STR("SA_NODEFER: inside, without the signal", text(inside), "1 12");
	install(LINUX_SIGUSR1, plain, LINUX_SA_NODEFER, BIT(LINUX_SIGUSR1));
	ksig(LINUX_SIGUSR1);
	EXPECT_STR("SA_NODEFER with the signal in sa_mask: blocked", text(inside), "1 10");

	/* SA_SIGINFO handler: uc_sigmask is the mask before */
	install(LINUX_SIGUSR1, with_info, LINUX_SA_SIGINFO, BIT(LINUX_SIGTERM) | BIT(LINUX_SIGALRM));
	ksig(LINUX_SIGUSR1);
	EXPECT_STR("SA_SIGINFO: inside", text(inside), "1 10 14 15");
	EXPECT_STR("SA_SIGINFO: uc_sigmask, the mask before", text(inside2), "1");
	EXPECT_STR("SA_SIGINFO: after", text(getmask()), "1");

	/* sigprocmask inside a handler is undone at return */
	install(LINUX_SIGUSR1, changer, 0, 0);
	ksig(LINUX_SIGUSR1);
	EXPECT_STR("changed inside", text(after_change), "10 15");
	EXPECT_STR("undone after return", text(getmask()), "1");

	/* unblocking a pending signal inside a handler delivers it there */
	install(LINUX_SIGUSR2, on_usr2, 0, 0);
	install(LINUX_SIGUSR1, unblocker, 0, BIT(LINUX_SIGUSR2));
	setmask(BIT(LINUX_SIGUSR1) | BIT(LINUX_SIGUSR2));
	ksig(LINUX_SIGUSR2);
	ksig(LINUX_SIGUSR1);
	EXPECT_EQ("both pending, none ran", usr2_runs + runs, 5);
	setmask(BIT(LINUX_SIGUSR2));
	EXPECT_EQ("SIGUSR2 ran inside SIGUSR1's handler, when unblocked", usr2_seen_inside, 1);
	EXPECT_STR("after: SIGUSR2 blocked again", text(getmask()), "12");

	/* editing uc_sigmask sets the mask after return */
	install(LINUX_SIGUSR1, editor, LINUX_SA_SIGINFO, 0);
	setmask(BIT(LINUX_SIGHUP));
	edit_to = BIT(LINUX_SIGTERM) | BIT(LINUX_SIGINT);
	ksig(LINUX_SIGUSR1);
	EXPECT_STR("uc_sigmask edited: the new mask after return", text(getmask()), "2 15");
	edit_to = 0;
	ksig(LINUX_SIGUSR1);
	EXPECT_STR("uc_sigmask cleared: nothing blocked", text(getmask()), "none");
	edit_to = ~0u;
	ksig(LINUX_SIGUSR1);
	EXPECT_STR("uc_sigmask all: all but SIGKILL and SIGSTOP",
		   text(getmask()), "1 2 3 4 5 6 7 8 10 11 12 13 14 15 16 17 18 20 21 22 23 24 25 26 27 28 29 30 31 32");
	setmask(0);

	/* sa_mask never holds SIGKILL or SIGSTOP */
	install(LINUX_SIGUSR1, plain, 0, ~0u);
	SETUP(syscall(SYS_rt_sigaction, LINUX_SIGUSR1, 0, &old, 8));
	EXPECT_EQ("sa_mask read back: no SIGKILL, no SIGSTOP", old.mask.sig[0],
		  ~(BIT(LINUX_SIGKILL) | BIT(LINUX_SIGSTOP)));
	ksig(LINUX_SIGUSR1);
	EXPECT_EQ("inside such a handler: neither blocked", inside & (BIT(LINUX_SIGKILL) | BIT(LINUX_SIGSTOP)), 0);

	/* sigprocmask silently leaves them out */
	change(LINUX_SIG_BLOCK, BIT(LINUX_SIGKILL) | BIT(LINUX_SIGSTOP) | BIT(LINUX_SIGHUP));
	EXPECT_STR("SIG_BLOCK SIGKILL SIGSTOP SIGHUP: only SIGHUP", text(getmask()), "1");
	linux_old_sigset_t o = ~0u, got = 0;
	EXPECT_OK("old sigprocmask (126) SIG_SETMASK all", syscall(SYS_sigprocmask, LINUX_SIG_SETMASK, &o, &got));
	EXPECT_STR("... the old mask it returned", text(got), "1");
	EXPECT_EQ("... all but SIGKILL and SIGSTOP", getmask(), ~(BIT(LINUX_SIGKILL) | BIT(LINUX_SIGSTOP)));
	setmask(0);

	/* a child blocking everything is still stopped by SIGSTOP and killed by SIGKILL */
	int p[2];
	SETUP(pipe(p));
	pid_t pid = fork();
	if (pid == 0) {
		linux_sigset_t all = { { ~0u, ~0u } };

		syscall(SYS_rt_sigprocmask, LINUX_SIG_SETMASK, &all, 0, 8);
		write(p[1], "r", 1);
		for (;;)
			syscall(SYS_rt_sigsuspend, &all, 8);
	}
	char c;
	SETUP(read(p[0], &c, 1));
	EXPECT_OK("SIGSTOP to a child blocking everything", kill(pid, SIGSTOP));
	EXPECT_TRUE("it stops", waitpid(pid, &st, WUNTRACED) == pid && WIFSTOPPED(st) && WSTOPSIG(st) == SIGSTOP);
	kill(pid, SIGCONT);
	EXPECT_OK("SIGKILL", kill(pid, SIGKILL));
	EXPECT_TRUE("it dies", waitpid(pid, &st, 0) == pid && WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
	close(p[0]);
	close(p[1]);
	return lt_done();
}
