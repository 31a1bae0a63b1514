/*
 * eintr_files: a handled signal ends the file calls that wait, as Linux
 * does: poll, select and ppoll end with EINTR even under SA_RESTART, the
 * fd sets as they were (Linux also writes the time left back, which
 * qemu-arm does not after an error, so that is not checked); a FIFO open
 * and F_SETLKW end with EINTR, or restart under SA_RESTART and finish; a
 * pipe write that moved some bytes returns them, one that moved none
 * restarts under SA_RESTART. SIGALRM from setitimer does the
 * interrupting; children play the other end.
 */
#include "lt.h"
#include <poll.h>
#include <signal.h>
#include <sys/time.h>
#include <sys/wait.h>

#define PIPE_BYTES 65536

struct ts32 {
	int32_t sec, nsec;
};

struct tv32 {
	int32_t sec, usec;
};

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
	SETUP(sigaction(SIGALRM, &sa, 0));
}

/* SIGALRM in ms milliseconds, once. */
static void alarm_in(int ms)
{
	struct itimerval it = { { 0, 0 }, { 0, ms * 1000 } };

	SETUP(setitimer(ITIMER_REAL, &it, 0));
}

/* A child that sleeps ms milliseconds, then runs fn, then exits. */
static pid_t later(int ms, void (*fn)(void))
{
	pid_t pid = fork();

	SETUP(pid);
	if (pid == 0) {
		usleep(ms * 1000);
		fn();
		_exit(0);
	}
	return pid;
}

static void reap(pid_t pid)
{
	int st;

	waitpid(pid, &st, 0);
}

static void polls(int p[2])
{
	struct pollfd pf = { p[0], POLLIN, 0 };
	struct ts32 ts = { 5, 0 };
	struct tv32 tv = { 5, 0 };
	uint32_t set = 1u << p[0];

	handle(SA_RESTART);
	alarm_in(50);
	EXPECT_ERR("poll, SA_RESTART: EINTR", poll(&pf, 1, -1), EINTR);
	alarm_in(50);
	EXPECT_ERR("select: EINTR", syscall(SYS__newselect, p[0] + 1, &set, 0, 0, &tv), EINTR);
	EXPECT_EQ("fd set as it was", set, 1u << p[0]);
	alarm_in(50);
	EXPECT_ERR("ppoll: EINTR", syscall(SYS_ppoll, &pf, 1, &ts, 0, 8), EINTR);
	EXPECT_EQ("handler ran each time", alarms, 3);
}

static void open_writer(void)
{
	open("fifo", O_WRONLY);
}

static void fifo_opens(void)
{
	pid_t pid;
	int fd;

	SETUP(mkfifo("fifo", 0600));
	handle(0);
	alarm_in(50);
	EXPECT_ERR("FIFO open: EINTR", open("fifo", O_RDONLY), EINTR);
	handle(SA_RESTART);
	pid = later(300, open_writer);
	alarm_in(50);
	fd = open("fifo", O_RDONLY);
	EXPECT_TRUE("FIFO open, SA_RESTART: restarted until a writer came", fd >= 0);
	close(fd);
	reap(pid);
}

static void hold_lock(void)
{
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
	int fd = open("lock", O_RDWR);

	fcntl(fd, F_SETLK, &fl);
	usleep(400000);
}

static void locks(void)
{
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
	pid_t pid;
	int fd;

	lt_write_file("lock", "x", 1);
	SETUP(fd = open("lock", O_RDWR));
	pid = later(0, hold_lock);
	usleep(150000);
	handle(0);
	alarm_in(50);
	EXPECT_ERR("F_SETLKW: EINTR", fcntl(fd, F_SETLKW, &fl), EINTR);
	handle(SA_RESTART);
	alarm_in(50);
	EXPECT_OK("F_SETLKW, SA_RESTART: restarted until the lock was free", fcntl(fd, F_SETLKW, &fl));
	reap(pid);
	close(fd);
}

static int drain_fd = -1;

static void drain(void)
{
	static char buf[PIPE_BYTES];

	read(drain_fd, buf, sizeof buf);
}

static void writes(void)
{
	static char buf[PIPE_BYTES + 100];
	int p[2];
	pid_t pid;

	SETUP(pipe(p));
	handle(SA_RESTART);
	alarm_in(50);
	EXPECT_EQ("write of more than fits: the bytes that went in", write(p[1], buf, sizeof buf), PIPE_BYTES);
	handle(0);
	alarm_in(50);
	EXPECT_ERR("write to a full pipe: EINTR", write(p[1], buf, 10), EINTR);
	handle(SA_RESTART);
	drain_fd = p[0];
	pid = later(300, drain);
	alarm_in(50);
	EXPECT_EQ("write to a full pipe, SA_RESTART: restarted until there was room", write(p[1], buf, 10), 10);
	reap(pid);
	close(p[0]);
	close(p[1]);
}

int main(void)
{
	int p[2];

	SETUP(pipe(p));
	polls(p);
	fifo_opens();
	locks();
	writes();
	return lt_done();
}
