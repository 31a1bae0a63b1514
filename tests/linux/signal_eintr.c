/*
 * signal_eintr: a handled signal ends a blocking call with EINTR, or
 * restarts it under SA_RESTART, exactly where Linux does: a pipe read,
 * waitpid, nanosleep (with the time left), pause and sigsuspend (always
 * EINTR). SIGALRM from setitimer does the interrupting.
 */
#include "lt.h"
#include <signal.h>
#include <time.h>
#include <sys/time.h>
#include <sys/wait.h>

static volatile int alarms;

static void on_alarm(int sig)
{
	alarms++;
}

static void handle(int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sa.sa_flags = flags;
	sigemptyset(&sa.sa_mask);
	SETUP(sigaction(SIGALRM, &sa, NULL));
}

static void alarm_in_ms(int ms)
{
	struct itimerval it = { { 0, 0 }, { ms / 1000, (ms % 1000) * 1000 } };

	SETUP(setitimer(ITIMER_REAL, &it, NULL));
}

/* A child that writes one byte into fd after ms, then exits. */
static pid_t late_writer(int fd, int ms)
{
	pid_t pid = fork();

	if (pid == 0) {
		struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
		nanosleep(&ts, NULL);
		_exit(write(fd, "x", 1) == 1 ? 0 : 1);
	}
	return pid;
}

int main(void)
{
	int p[2], st;
	char c;

	SETUP(pipe(p));
	handle(0);
	alarm_in_ms(50);
	EXPECT_ERR("pipe read, no SA_RESTART", read(p[0], &c, 1), EINTR);
	EXPECT_EQ("the handler ran", alarms, 1);

	handle(SA_RESTART);
	pid_t w = late_writer(p[1], 200);
	alarm_in_ms(50);
	EXPECT_EQ("pipe read, SA_RESTART: restarted, got the byte", read(p[0], &c, 1), 1);
	EXPECT_EQ("the handler ran", alarms, 2);
	waitpid(w, &st, 0);

	handle(0);
	w = fork();
	if (w == 0) {
		pause();
		_exit(0);
	}
	alarm_in_ms(50);
	EXPECT_ERR("waitpid, no SA_RESTART", waitpid(w, &st, 0), EINTR);
	handle(SA_RESTART);
	alarm_in_ms(50);
	pid_t killer = fork();
	if (killer == 0) {
		struct timespec ts = { 0, 200000000 };
		nanosleep(&ts, NULL);
		kill(w, SIGKILL);
		_exit(0);
	}
	EXPECT_TRUE("waitpid, SA_RESTART: restarted until the child ended", waitpid(w, &st, 0) == w);
	EXPECT_EQ("... killed", WTERMSIG(st), SIGKILL);
	waitpid(killer, &st, 0);

	struct timespec req = { 5, 0 }, rem = { 0, 0 };
	alarm_in_ms(50);
	EXPECT_ERR("nanosleep, even with SA_RESTART", nanosleep(&req, &rem), EINTR);
	EXPECT_TRUE("the time left is written", rem.tv_sec >= 4 && rem.tv_sec <= 5);

	alarm_in_ms(50);
	EXPECT_ERR("pause", pause(), EINTR);
	sigset_t none;
	sigemptyset(&none);
	alarm_in_ms(50);
	EXPECT_ERR("sigsuspend", sigsuspend(&none), EINTR);
	EXPECT_EQ("every alarm was handled", alarms, 7);
	return lt_done();
}
