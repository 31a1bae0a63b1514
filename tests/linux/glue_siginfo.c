/*
 * glue_siginfo: SA_SIGINFO handlers through the C library's sigaction.
 * The handler gets newlib's signal number and a siginfo_t saying who sent
 * it (kill, raise), where a SIGSEGV faulted (si_addr, SEGV_MAPERR) and
 * why a SIGCHLD came (CLD_EXITED with the exit code; CLD_KILLED,
 * CLD_STOPPED and CLD_CONTINUED with newlib's signal number in
 * si_status); its third argument is the kernel's ucontext, whose saved pc
 * it may change. sigaction reports the old action with sa_sigaction and
 * SA_SIGINFO; plain and SA_SIGINFO handlers can replace each other.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>
#include <linux_abi/sigcontext.h>

#define FAULT_ADDR 0x10u

static volatile int hits, got_sig, got_signo, got_code, got_status, got_blocked, plain_hits;
static volatile pid_t got_pid;
static volatile unsigned got_uid;
static void *volatile got_addr;

static void on_info(int sig, siginfo_t *si, void *ctx)
{
	sigset_t now;

	hits++;
	got_sig = sig;
	got_signo = si->si_signo;
	got_code = si->si_code;
	got_pid = si->si_pid;
	got_uid = si->si_uid;
	got_status = si->si_status;
	sigprocmask(SIG_BLOCK, NULL, &now);
	got_blocked = sigismember(&now, sig);
}

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	struct linux_ucontext *uc = ctx;

	hits++;
	got_sig = sig;
	got_signo = si->si_signo;
	got_code = si->si_code;
	got_addr = si->si_addr;
	uc->uc_mcontext.arm_pc += 4;    /* skip the faulting store (ARM code) */
}

static void on_plain(int sig)
{
	plain_hits++;
	got_sig = sig;
}

static void set_info(int sig, void (*fn)(int, siginfo_t *, void *))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = fn;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	SETUP(sigaction(sig, &sa, NULL));
}

__attribute__((noinline, target("arm"))) static void store_to_fault(void)
{
	__asm__ volatile("mov r0, #1\n\tmov r1, %0\n\tstr r0, [r1]" : : "i"(FAULT_ADDR) : "r0", "r1", "memory");
}

/* Waits (SIGCHLD blocked outside) until the handler has run once more. */
static void await_chld(const sigset_t *unblocked)
{
	int before = hits;

	while (hits == before)
		sigsuspend(unblocked);
}

int main(void)
{
	struct sigaction old;

	set_info(SIGUSR1, on_info);
	EXPECT_OK("kill self", kill(getpid(), SIGUSR1));
	EXPECT_EQ("handler ran", hits, 1);
	EXPECT_EQ("its first argument: newlib's SIGUSR1", got_sig, SIGUSR1);
	EXPECT_EQ("si_signo", got_signo, SIGUSR1);
	EXPECT_EQ("si_code SI_USER", got_code, SI_USER);
	EXPECT_TRUE("si_pid is mine", got_pid == getpid());
	EXPECT_TRUE("si_uid is mine", got_uid == getuid());
	EXPECT_EQ("the signal is blocked inside", got_blocked, 1);
	sigset_t now;
	sigprocmask(SIG_BLOCK, NULL, &now);
	EXPECT_EQ("and unblocked again after rt_sigreturn", sigismember(&now, SIGUSR1), 0);
	EXPECT_OK("raise", raise(SIGUSR1));
	EXPECT_EQ("raise: si_code SI_TKILL", got_code, SI_TKILL);

	/* a signal whose number newlib and Linux disagree on (10 vs 7) */
	set_info(SIGBUS, on_info);
	kill(getpid(), SIGBUS);
	EXPECT_EQ("SIGBUS: newlib's number as the argument", got_sig, SIGBUS);
	EXPECT_EQ("SIGBUS: and in si_signo", got_signo, SIGBUS);

	EXPECT_OK("query the action", sigaction(SIGUSR1, NULL, &old));
	EXPECT_TRUE("old action: SA_SIGINFO", old.sa_flags & SA_SIGINFO);
	EXPECT_TRUE("old action: sa_sigaction is the handler", old.sa_sigaction == on_info);
	struct sigaction plain;
	memset(&plain, 0, sizeof plain);
	plain.sa_handler = on_plain;
	EXPECT_OK("replace it by a plain handler", sigaction(SIGUSR1, &plain, &old));
	EXPECT_TRUE("the replaced one was the SA_SIGINFO handler", old.sa_sigaction == on_info);
	hits = 0;
	raise(SIGUSR1);
	EXPECT_TRUE("the plain handler runs instead", plain_hits == 1 && hits == 0 && got_sig == SIGUSR1);
	EXPECT_OK("and back", sigaction(SIGUSR1, &old, &plain));
	EXPECT_TRUE("the replaced one was the plain handler",
		    plain.sa_handler == on_plain && !(plain.sa_flags & SA_SIGINFO));
	raise(SIGUSR1);
	EXPECT_EQ("the SA_SIGINFO handler runs again", hits, 1);

	set_info(SIGSEGV, on_segv);
	hits = 0;
	store_to_fault();
	EXPECT_EQ("SIGSEGV handled, the store skipped", hits, 1);
	EXPECT_EQ("SIGSEGV: argument", got_sig, SIGSEGV);
	EXPECT_EQ("SIGSEGV: si_signo", got_signo, SIGSEGV);
	EXPECT_EQ("SIGSEGV: si_code SEGV_MAPERR", got_code, SEGV_MAPERR);
	EXPECT_TRUE("SIGSEGV: si_addr is the address written", got_addr == (void *)FAULT_ADDR);

	/* SIGCHLD: blocked except while waiting for it, one event at a time */
	sigset_t chld, unblocked;
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, &unblocked);
	set_info(SIGCHLD, on_info);
	hits = 0;
	pid_t pid = fork();
	if (pid == 0)
		_exit(7);
	await_chld(&unblocked);
	EXPECT_EQ("child exit: SIGCHLD", got_signo, SIGCHLD);
	EXPECT_EQ("child exit: CLD_EXITED", got_code, CLD_EXITED);
	EXPECT_EQ("child exit: si_status the exit code", got_status, 7);
	EXPECT_TRUE("child exit: si_pid the child", got_pid == pid);
	waitpid(pid, NULL, 0);

	pid = fork();
	if (pid == 0) {
		raise(SIGSTOP);
		for (;;)
			pause();
	}
	await_chld(&unblocked);
	EXPECT_EQ("child stop: CLD_STOPPED", got_code, CLD_STOPPED);
	EXPECT_EQ("child stop: si_status newlib's SIGSTOP", got_status, SIGSTOP);
	kill(pid, SIGCONT);
	await_chld(&unblocked);
	EXPECT_EQ("child continued: CLD_CONTINUED", got_code, CLD_CONTINUED);
	EXPECT_EQ("child continued: si_status newlib's SIGCONT", got_status, SIGCONT);
	kill(pid, SIGUSR2);
	await_chld(&unblocked);
	EXPECT_EQ("child killed: CLD_KILLED", got_code, CLD_KILLED);
	EXPECT_EQ("child killed: si_status newlib's SIGUSR2", got_status, SIGUSR2);
	EXPECT_TRUE("child killed: si_pid the child", got_pid == pid);
	waitpid(pid, NULL, 0);
	return lt_done();
}
