/*
 * sig_default_actions: what each signal's default action does to a
 * process that sends it to itself (Linux's numbers 1..31 and some
 * real-time ones, RLIMIT_CORE 0 so that no core is written): most end the
 * process (the raw wait status is the signal, without the core bit);
 * SIGCHLD, SIGURG, SIGWINCH and SIGCONT are ignored and the process goes
 * on to exit 0; SIGSTOP, SIGTSTP, SIGTTIN and SIGTTOU stop it (in a
 * process group of its own, which is not orphaned) until SIGCONT. A
 * signal that is blocked is kept pending even when its action ignores it,
 * and dropped when unblocked.
 */
#include "lt.h"
#include <signal.h>
#include <sys/resource.h>
#include <linux_abi/signal.h>
#include <linux_abi/wait.h>

static long raw_wait(pid_t pid, int *st, int options)
{
	return syscall(SYS_wait4, pid, st, options, 0);
}

/* what happened to a child raising sig with its default action: "killed 15", "exit 0", "stopped 19" */
static const char *fate(int sig)
{
	static char buf[64];
	int st = -1;
	pid_t pid = fork();

	SETUP(pid);
	if (pid == 0) {
		struct rlimit r = { 0, 0 };
		struct linux_sigaction dfl = { LINUX_SIG_DFL, 0, 0, { { 0, 0 } } };
		linux_sigset_t none = { { 0, 0 } };

		setrlimit(RLIMIT_CORE, &r);
		setpgid(0, 0);
		syscall(SYS_rt_sigaction, sig, &dfl, 0, 8);
		syscall(SYS_rt_sigprocmask, LINUX_SIG_SETMASK, &none, 0, 8);
		syscall(SYS_kill, getpid(), sig);
		_exit(0);
	}
	setpgid(pid, pid);
	if (raw_wait(pid, &st, LINUX_WUNTRACED) != pid)
		return "wait failed";
	if ((st & 0xff) == 0x7f) {
		int stopsig = (st >> 8) & 0xff;

		kill(pid, SIGCONT);
		raw_wait(pid, &st, 0);
		snprintf(buf, sizeof buf, "stopped %d, then %s %d", stopsig,
			 (st & 0x7f) ? "killed" : "exit", (st & 0x7f) ? st : (st >> 8) & 0xff);
	} else if (st & 0x7f) {
		snprintf(buf, sizeof buf, "killed %d", st);
	} else {
		snprintf(buf, sizeof buf, "exit %d", (st >> 8) & 0xff);
	}
	return buf;
}

static int pending(int sig)
{
	linux_sigset_t p;

	syscall(SYS_rt_sigpending, &p, 8);
	return (p.sig[(sig - 1) / 32] >> ((sig - 1) % 32)) & 1;
}

int main(void)
{
	static const char *const want[65] = {
		[LINUX_SIGCHLD] = "exit 0", [LINUX_SIGCONT] = "exit 0",
		[LINUX_SIGURG] = "exit 0", [LINUX_SIGWINCH] = "exit 0",
		[LINUX_SIGSTOP] = "stopped 19, then exit 0", [LINUX_SIGTSTP] = "stopped 20, then exit 0",
		[LINUX_SIGTTIN] = "stopped 21, then exit 0", [LINUX_SIGTTOU] = "stopped 22, then exit 0",
	};
	static const int rt[] = { 32, 33, 40, 64 };
	char label[64], killed[32];

	for (int sig = 1; sig <= 31; sig++) {
		snprintf(label, sizeof label, "signal %d", sig);
		snprintf(killed, sizeof killed, "killed %d", sig);
		EXPECT_STR(label, fate(sig), want[sig] ? want[sig] : killed);
	}
	for (unsigned i = 0; i < sizeof rt / sizeof rt[0]; i++) {
		snprintf(label, sizeof label, "signal %d", rt[i]);
		snprintf(killed, sizeof killed, "killed %d", rt[i]);
		EXPECT_STR(label, fate(rt[i]), killed);
	}

	/* blocked signals stay pending even when ignored */
	linux_sigset_t set = { { 1u << (LINUX_SIGCHLD - 1) | 1u << (LINUX_SIGUSR1 - 1) | 1u << (LINUX_SIGURG - 1), 0 } };
	struct linux_sigaction ign = { LINUX_SIG_IGN, 0, 0, { { 0, 0 } } };
	SETUP(syscall(SYS_rt_sigaction, LINUX_SIGUSR1, &ign, 0, 8));
	SETUP(syscall(SYS_rt_sigprocmask, LINUX_SIG_BLOCK, &set, 0, 8));
	syscall(SYS_kill, getpid(), LINUX_SIGCHLD);
	syscall(SYS_kill, getpid(), LINUX_SIGUSR1);
	EXPECT_EQ("blocked SIGCHLD (ignored by default): pending", pending(LINUX_SIGCHLD), 1);
	EXPECT_EQ("blocked SIGUSR1 set to SIG_IGN: pending", pending(LINUX_SIGUSR1), 1);
	SETUP(syscall(SYS_rt_sigprocmask, LINUX_SIG_UNBLOCK, &set, 0, 8));
	EXPECT_EQ("unblocked: SIGCHLD dropped", pending(LINUX_SIGCHLD), 0);
	EXPECT_EQ("unblocked: SIGUSR1 dropped", pending(LINUX_SIGUSR1), 0);
	syscall(SYS_kill, getpid(), LINUX_SIGURG);
	EXPECT_EQ("unblocked, ignored SIGURG: never pending", pending(LINUX_SIGURG), 0);
	printf("still here\n");
	return lt_done();
}
