/*
 * sig_restart_more: more blocking calls and a handled signal, beyond
 * signal_eintr and eintr_files. A FIFO read ends with EINTR, or under
 * SA_RESTART restarts and takes the byte the handler itself wrote;
 * waitid ends with EINTR or restarts until the child ends;
 * rt_sigtimedwait and clock_nanosleep end with EINTR even under
 * SA_RESTART (relative: the time left written; absolute: not); a write
 * larger than the pipe returns the bytes it moved, not EINTR, without
 * SA_RESTART too, and so does writev. sigsuspend runs the handler with
 * its temporary mask and puts the old one back. Signals that are ignored
 * (SIG_IGN, or SIGCHLD by default) do not interrupt anything, and neither
 * does a stop and continue: nanosleep sleeps its whole time.
 */
#include "lt.h"
#include <signal.h>
#include <time.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <linux_abi/signal.h>
#include <linux_abi/time.h>

#define PIPE_BYTES 65536

struct ts32 {
	int32_t sec, nsec;
};

static volatile int alarms;
static volatile int write_fd = -1;
static volatile int usr2_blocked_inside, alrm_blocked_inside;

static void on_alarm(int sig)
{
	sigset_t now;

	alarms++;
	if (write_fd >= 0)
		write(write_fd, "h", 1);
	sigprocmask(SIG_BLOCK, NULL, &now);
	usr2_blocked_inside = sigismember(&now, SIGUSR2);
	alrm_blocked_inside = sigismember(&now, SIGALRM);
}

static void handle(int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sa.sa_flags = flags;
	SETUP(sigaction(SIGALRM, &sa, NULL));
}

static void alarm_in(int ms)
{
	struct itimerval it = { { 0, 0 }, { ms / 1000, (ms % 1000) * 1000 } };

	SETUP(setitimer(ITIMER_REAL, &it, NULL));
}

static long long now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

static void fifo_reads(void)
{
	char c = 0;
	int fd;

	SETUP(mkfifo("fifo", 0600));
	SETUP(fd = open("fifo", O_RDWR));
	handle(0);
	write_fd = fd;
	alarm_in(50);
	EXPECT_ERR("FIFO read: EINTR", read(fd, &c, 1), EINTR);
	EXPECT_EQ("... the handler's byte is there after", read(fd, &c, 1) == 1 && c == 'h', 1);
	handle(SA_RESTART);
	alarm_in(50);
	c = 0;
	EXPECT_EQ("FIFO read, SA_RESTART: restarted, got the handler's byte", read(fd, &c, 1) == 1 && c == 'h', 1);
	write_fd = -1;
	close(fd);
}

static void waitids(void)
{
	siginfo_t si;
	pid_t pid = fork();

	SETUP(pid);
	if (pid == 0) {
		usleep(400000);
		_exit(6);
	}
	handle(0);
	alarm_in(50);
	EXPECT_ERR("waitid: EINTR", waitid(P_PID, pid, &si, WEXITED), EINTR);
	handle(SA_RESTART);
	alarm_in(50);
	memset(&si, 0, sizeof si);
	EXPECT_OK("waitid, SA_RESTART: restarted until the child ended", waitid(P_PID, pid, &si, WEXITED));
	EXPECT_EQ("... its exit status", si.si_status, 6);
}

static void always_eintr(void)
{
	linux_sigset_t usr1 = { { 1u << (LINUX_SIGUSR1 - 1), 0 } };
	struct ts32 five = { 5, 0 }, rem = { -1, -1 }, abs;
	struct timespec now;
	sigset_t b;

	sigemptyset(&b);
	sigaddset(&b, SIGUSR1);
	sigprocmask(SIG_BLOCK, &b, NULL);
	handle(SA_RESTART);
	alarm_in(50);
	EXPECT_ERR("rt_sigtimedwait, SA_RESTART: EINTR", syscall(SYS_rt_sigtimedwait, &usr1, 0, &five, 8), EINTR);
	sigprocmask(SIG_UNBLOCK, &b, NULL);

	alarm_in(50);
	EXPECT_ERR("clock_nanosleep relative, SA_RESTART: EINTR",
		   syscall(SYS_clock_nanosleep, LINUX_CLOCK_MONOTONIC, 0, &five, &rem), EINTR);
	EXPECT_TRUE("... the time left written", rem.sec >= 3 && rem.sec <= 4 && rem.nsec >= 0);
	clock_gettime(CLOCK_MONOTONIC, &now);
	abs.sec = now.tv_sec + 5;
	abs.nsec = now.tv_nsec;
	rem.sec = rem.nsec = -1;
	alarm_in(50);
	EXPECT_ERR("clock_nanosleep TIMER_ABSTIME, SA_RESTART: EINTR",
		   syscall(SYS_clock_nanosleep, LINUX_CLOCK_MONOTONIC, LINUX_TIMER_ABSTIME, &abs, &rem), EINTR);
	EXPECT_TRUE("... the remainder untouched", rem.sec == -1 && rem.nsec == -1);
}

static void partial_writes(void)
{
	static char buf[PIPE_BYTES + 100];
	struct iovec iov[3] = { { buf, 40000 }, { buf, 40000 }, { buf, 100 } };
	int p[2];

	handle(0);
	SETUP(pipe(p));
	alarm_in(50);
	EXPECT_EQ("write of more than fits, no SA_RESTART: the bytes moved", write(p[1], buf, sizeof buf), PIPE_BYTES);
	close(p[0]);
	close(p[1]);
	SETUP(pipe(p));
	alarm_in(50);
	EXPECT_EQ("writev of more than fits: the bytes moved", writev(p[1], iov, 3), PIPE_BYTES);
	close(p[0]);
	close(p[1]);
}

static void suspend_mask(void)
{
	sigset_t old, usr2, none;
	int before = alarms;

	handle(0);
	sigemptyset(&usr2);
	sigaddset(&usr2, SIGUSR2);
	sigaddset(&usr2, SIGALRM);
	sigprocmask(SIG_SETMASK, &usr2, &old);
	sigemptyset(&none);
	sigaddset(&none, SIGUSR2);
	alarm_in(50);
	EXPECT_ERR("sigsuspend(SIGUSR2 only)", sigsuspend(&none), EINTR);
	EXPECT_EQ("... the handler ran once", alarms - before, 1);
	EXPECT_EQ("... SIGUSR2 blocked inside (the temporary mask)", usr2_blocked_inside, 1);
	EXPECT_EQ("... SIGALRM blocked inside (the handler's own)", alrm_blocked_inside, 1);
	sigset_t now;
	sigprocmask(SIG_BLOCK, NULL, &now);
	EXPECT_TRUE("... the old mask is back", sigismember(&now, SIGALRM) && sigismember(&now, SIGUSR2));
	sigprocmask(SIG_SETMASK, &old, NULL);
}

static void not_interrupting(void)
{
	int p[2], st;
	char c;

	SETUP(pipe(p));
	signal(SIGUSR1, SIG_IGN);
	pid_t quick = fork();
	if (quick == 0) {
		kill(getppid(), SIGUSR1);
		_exit(0);       /* and SIGCHLD */
	}
	pid_t slow = fork();
	if (slow == 0) {
		usleep(400000);
		write(p[1], "s", 1);
		_exit(0);
	}
	EXPECT_EQ("read across an ignored SIGUSR1 and SIGCHLD: not interrupted", read(p[0], &c, 1), 1);
	waitpid(quick, &st, 0);
	waitpid(slow, &st, 0);
	signal(SIGUSR1, SIG_DFL);

	pid_t sleeper = fork();
	if (sleeper == 0) {
		struct timespec ts = { 1, 0 };
		long long t0 = now_ms();
		int r;

		write(p[1], "r", 1);
		r = nanosleep(&ts, NULL);
		_exit(r == 0 ? (now_ms() - t0 >= 1000 ? 0 : 1) : errno == EINTR ? 2 : 3);
	}
	SETUP(read(p[0], &c, 1));
	kill(sleeper, SIGSTOP);
	waitpid(sleeper, &st, WUNTRACED);
	EXPECT_TRUE("sleeper stopped", WIFSTOPPED(st));
	kill(sleeper, SIGCONT);
	waitpid(sleeper, &st, 0);
	EXPECT_EQ("nanosleep across stop and continue: returns 0 after its whole time", WEXITSTATUS(st), 0);
	close(p[0]);
	close(p[1]);
}

int main(void)
{
	fifo_reads();
	waitids();
	always_eintr();
	partial_writes();
	suspend_mask();
	not_interrupting();
	EXPECT_ERR("no children left", waitpid(-1, NULL, WNOHANG), ECHILD);
	return lt_done();
}
