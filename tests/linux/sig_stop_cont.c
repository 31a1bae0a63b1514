/*
 * sig_stop_cont: job-control signals by Linux's rules (kernel/signal.c's
 * prepare_signal and do_signal_stop). Sending SIGCONT discards pending
 * stop signals and sending a stop signal discards a pending SIGCONT;
 * SIGTSTP's default stops a process in a group that is not orphaned but
 * does nothing in an orphaned one (a new session), where SIGSTOP still
 * stops; SIGCONT continues a stopped process even while it blocks SIGCONT,
 * and a handled SIGCONT runs its handler once the process runs again; a
 * fatal signal sent to a stopped process waits until it is continued, but
 * SIGKILL ends it at once; a pipe read goes on across a stop. waitid sees
 * CLD_STOPPED and CLD_CONTINUED with the signal in si_status.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>
#include <linux_abi/signal.h>
#include <linux_abi/wait.h>

static volatile int conts;

static void on_cont(int sig)
{
	conts++;
}

static int pending(int sig)
{
	sigset_t p;

	sigpending(&p);
	return sigismember(&p, sig);
}

static void block(int how, int a, int b)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, a);
	if (b)
		sigaddset(&s, b);
	sigprocmask(how, &s, NULL);
}

static int raw_waitid(pid_t pid, struct linux_siginfo *si, int options)
{
	memset(si, 0, sizeof *si);
	return (int)syscall(SYS_waitid, LINUX_P_PID, pid, si, options, 0);
}

static int p[2], g[2];

/* the child waits for the parent's go (so that it is still there to be waited for) */
static void wait_go(void)
{
	char c;

	read(g[0], &c, 1);
}

static void go(void)
{
	write(g[1], "g", 1);
}

static void tell(char c)
{
	write(p[1], &c, 1);
}

static char hear(void)
{
	char c = 0;

	return read(p[0], &c, 1) == 1 ? c : '?';
}

/* stopped by WUNTRACED, and by which signal */
static int stopped_by(pid_t pid, int sig)
{
	int st;

	return waitpid(pid, &st, WUNTRACED) == pid && WIFSTOPPED(st) && WSTOPSIG(st) == sig;
}

static int continued(pid_t pid)
{
	int st;

	return waitpid(pid, &st, LINUX_WCONTINUED) == pid && st == LINUX_W_CONTINUED;
}

static void discarding(void)
{
	signal(SIGCONT, on_cont);
	block(SIG_BLOCK, SIGTSTP, SIGCONT);
	raise(SIGTSTP);
	EXPECT_EQ("blocked SIGTSTP pending", pending(SIGTSTP), 1);
	raise(SIGCONT);
	EXPECT_EQ("SIGCONT sent: SIGTSTP no longer pending", pending(SIGTSTP), 0);
	EXPECT_EQ("SIGCONT pending", pending(SIGCONT), 1);
	raise(SIGTSTP);
	EXPECT_EQ("SIGTSTP sent: SIGCONT no longer pending", pending(SIGCONT), 0);
	EXPECT_EQ("SIGTSTP pending", pending(SIGTSTP), 1);
	signal(SIGTSTP, SIG_IGN);
	signal(SIGTSTP, SIG_DFL);
	block(SIG_UNBLOCK, SIGTSTP, SIGCONT);
	EXPECT_EQ("no SIGCONT handler ran", conts, 0);
	signal(SIGCONT, SIG_DFL);
}

int main(void)
{
	struct linux_siginfo si;
	pid_t pid;
	int st;

	SETUP(pipe(p));
	SETUP(pipe(g));
	discarding();

	/* SIGTSTP in a group of its own (not orphaned: its parent is in another group of the session) */
	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		raise(SIGTSTP);
		wait_go();
		_exit(3);
	}
	setpgid(pid, pid);
	EXPECT_TRUE("SIGTSTP, own group: stopped", stopped_by(pid, SIGTSTP));
	EXPECT_EQ("waitid WSTOPPED|WNOWAIT", raw_waitid(pid, &si, LINUX_WSTOPPED | LINUX_WNOWAIT | LINUX_WNOHANG), 0);
	EXPECT_EQ("... reported once only (WUNTRACED took it)", si.sifields.sigchld.pid, 0);
	kill(pid, SIGCONT);
	EXPECT_EQ("waitid WCONTINUED", raw_waitid(pid, &si, LINUX_WCONTINUED), 0);
	EXPECT_EQ("... si_code CLD_CONTINUED", si.si_code, LINUX_CLD_CONTINUED);
	EXPECT_EQ("... si_status SIGCONT", si.sifields.sigchld.status, LINUX_SIGCONT);
	EXPECT_TRUE("... si_pid", si.sifields.sigchld.pid == pid);
	go();
	waitpid(pid, &st, 0);
	EXPECT_TRUE("then it exits 3", WIFEXITED(st) && WEXITSTATUS(st) == 3);

	/* a new session's group is orphaned: SIGTSTP's default is dropped, SIGSTOP is not */
	pid = fork();
	if (pid == 0) {
		setsid();
		raise(SIGTSTP);
		tell('t');
		raise(SIGSTOP);
		_exit(4);
	}
	EXPECT_EQ("SIGTSTP in an orphaned group: goes on", hear(), 't');
	EXPECT_EQ("SIGSTOP there: waitid CLD_STOPPED", raw_waitid(pid, &si, LINUX_WSTOPPED), 0);
	EXPECT_EQ("... si_code CLD_STOPPED", si.si_code, LINUX_CLD_STOPPED);
	EXPECT_EQ("... si_status SIGSTOP", si.sifields.sigchld.status, LINUX_SIGSTOP);
	EXPECT_EQ("... si_signo SIGCHLD", si.si_signo, LINUX_SIGCHLD);
	kill(pid, SIGCONT);
	waitpid(pid, &st, 0);
	EXPECT_TRUE("continued, it exits 4", WIFEXITED(st) && WEXITSTATUS(st) == 4);

	/* SIGCONT while blocked still continues; the handler runs when unblocked */
	pid = fork();
	if (pid == 0) {
		signal(SIGCONT, on_cont);
		block(SIG_BLOCK, SIGCONT, 0);
		raise(SIGSTOP);
		tell(conts ? 'h' : 'r');
		wait_go();
		block(SIG_UNBLOCK, SIGCONT, 0);
		_exit(10 + conts);
	}
	EXPECT_TRUE("blocking SIGCONT: stopped", stopped_by(pid, SIGSTOP));
	kill(pid, SIGCONT);
	EXPECT_TRUE("SIGCONT (blocked) continues it", continued(pid));
	EXPECT_EQ("it runs, no handler yet", hear(), 'r');
	go();
	waitpid(pid, &st, 0);
	EXPECT_EQ("unblocked: the handler ran once", WEXITSTATUS(st), 11);

	/* a handled SIGCONT runs its handler after continuing */
	pid = fork();
	if (pid == 0) {
		signal(SIGCONT, on_cont);
		raise(SIGSTOP);
		_exit(20 + conts);
	}
	EXPECT_TRUE("handled SIGCONT: stopped", stopped_by(pid, SIGSTOP));
	kill(pid, SIGCONT);
	waitpid(pid, &st, 0);
	EXPECT_EQ("the handler ran once after the stop", WEXITSTATUS(st), 21);

	/* a fatal signal to a stopped process waits for SIGCONT */
	pid = fork();
	if (pid == 0) {
		raise(SIGSTOP);
		_exit(0);
	}
	EXPECT_TRUE("stopped", stopped_by(pid, SIGSTOP));
	kill(pid, SIGTERM);
	EXPECT_EQ("SIGTERM while stopped: still there", waitpid(pid, &st, WNOHANG), 0);
	kill(pid, SIGCONT);
	waitpid(pid, &st, 0);
	EXPECT_TRUE("continued: SIGTERM ends it", WIFSIGNALED(st) && WTERMSIG(st) == SIGTERM);

	pid = fork();
	if (pid == 0) {
		raise(SIGSTOP);
		_exit(0);
	}
	EXPECT_TRUE("stopped again", stopped_by(pid, SIGSTOP));
	kill(pid, SIGKILL);
	EXPECT_TRUE("SIGKILL ends it while stopped", waitpid(pid, &st, 0) == pid && WIFSIGNALED(st) &&
		    WTERMSIG(st) == SIGKILL);

	/* a blocking read goes on across a stop and continue (no handler: no EINTR) */
	int q[2];
	SETUP(pipe(q));
	pid = fork();
	if (pid == 0) {
		char c;
		tell('s');
		ssize_t n = read(q[0], &c, 1);
		_exit(n == 1 && c == 'z' ? 30 : n == -1 ? 40 + (errno == EINTR) : 50);
	}
	hear();
	kill(pid, SIGSTOP);
	EXPECT_TRUE("reader stopped", stopped_by(pid, SIGSTOP));
	kill(pid, SIGCONT);
	EXPECT_TRUE("reader continued", continued(pid));
	write(q[1], "z", 1);
	waitpid(pid, &st, 0);
	EXPECT_EQ("its read went on and got the byte", WEXITSTATUS(st), 30);
	close(q[0]);
	close(q[1]);

	EXPECT_ERR("no children left", waitpid(-1, &st, WNOHANG), ECHILD);
	return lt_done();
}
