/*
 * poll_more: poll with no timeout (-1) sleeps until a child writes;
 * entries with a negative fd are skipped (revents 0), the same fd twice
 * counts twice, POLLRDNORM is reported when asked for, POLLPRI is not on
 * a pipe; nfds up to RLIMIT_NOFILE is fine, one more EINVAL; a regular
 * file and /dev/null are always readable and writable, to poll and
 * select; select with nfds < 0 is EINVAL and writes the time left into
 * its timeval. ppoll and pselect with a mask that unblocks a pending
 * signal end with EINTR after its handler ran once, and the old mask is
 * back afterwards; a mask that keeps it blocked lets the call time out.
 */
#include "lt.h"
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/time.h>
#include <sys/wait.h>

struct ts32 {
	int32_t sec, nsec;
};

static volatile int handled;

static void on_usr1(int sig)
{
	handled++;
}

static int blocked_usr1(void)
{
	sigset_t s;

	sigprocmask(SIG_BLOCK, NULL, &s);
	return sigismember(&s, SIGUSR1);
}

static int pending_usr1(void)
{
	sigset_t s;

	sigpending(&s);
	return sigismember(&s, SIGUSR1);
}

int main(void)
{
	int p[2], fd, nul, st;
	struct pollfd pf[21];
	char c;
	pid_t pid;
	struct rlimit rl, old;
	fd_set rs, ws;
	struct timeval tv;

	SETUP(pipe(p));
	pid = fork();
	SETUP(pid);
	if (pid == 0) {
		usleep(100000);
		write(p[1], "x", 1);
		_exit(0);
	}
	pf[0] = (struct pollfd){ p[0], POLLIN, 0 };
	EXPECT_EQ("poll, timeout -1: woken by the child's write", poll(pf, 1, -1), 1);
	EXPECT_EQ("revents", pf[0].revents, POLLIN);
	waitpid(pid, &st, 0);

	pf[0] = (struct pollfd){ -1, POLLIN, 0x7f };
	pf[1] = (struct pollfd){ p[0], POLLIN, 0 };
	pf[2] = (struct pollfd){ -100, POLLOUT, 0x7f };
	pf[3] = (struct pollfd){ p[0], POLLRDNORM | POLLPRI, 0 };
	EXPECT_EQ("poll: negative fds skipped, the same fd twice", poll(pf, 4, 0), 2);
	EXPECT_EQ("fd -1 revents", pf[0].revents, 0);
	EXPECT_EQ("read end revents", pf[1].revents, POLLIN);
	EXPECT_EQ("fd -100 revents", pf[2].revents, 0);
	EXPECT_EQ("POLLRDNORM | POLLPRI: POLLRDNORM", pf[3].revents, POLLRDNORM);
	read(p[0], &c, 1);

	/* nfds against RLIMIT_NOFILE */
	SETUP(getrlimit(RLIMIT_NOFILE, &old));
	rl = old;
	rl.rlim_cur = 20;
	SETUP(setrlimit(RLIMIT_NOFILE, &rl));
	for (int i = 0; i < 21; i++)
		pf[i] = (struct pollfd){ -1, POLLIN, 0 };
	EXPECT_EQ("poll 20 entries, limit 20", poll(pf, 20, 0), 0);
	EXPECT_ERR("poll 21 entries, limit 20", poll(pf, 21, 0), EINVAL);
	SETUP(setrlimit(RLIMIT_NOFILE, &old));

	/* regular files and /dev/null are always ready */
	lt_write_file("f", "", 0);
	SETUP(fd = open("f", O_RDWR));
	SETUP(nul = open("/dev/null", O_RDWR));
	pf[0] = (struct pollfd){ fd, POLLIN | POLLOUT, 0 };
	pf[1] = (struct pollfd){ nul, POLLIN | POLLOUT, 0 };
	pf[2] = (struct pollfd){ fd, POLLPRI, 0 };
	pf[3] = (struct pollfd){ fd, 0, 0 };
	EXPECT_EQ("poll a file and /dev/null", poll(pf, 4, 0), 2);
	EXPECT_EQ("empty file", pf[0].revents, POLLIN | POLLOUT);
	EXPECT_EQ("/dev/null", pf[1].revents, POLLIN | POLLOUT);
	EXPECT_EQ("file, POLLPRI", pf[2].revents, 0);
	EXPECT_EQ("file, no events", pf[3].revents, 0);
	FD_ZERO(&rs);
	FD_ZERO(&ws);
	FD_SET(fd, &rs);
	FD_SET(nul, &rs);
	FD_SET(fd, &ws);
	FD_SET(nul, &ws);
	tv = (struct timeval){ 0, 0 };
	EXPECT_EQ("select a file and /dev/null", select(nul + 1, &rs, &ws, NULL, &tv), 4);
	EXPECT_TRUE("all four bits set", FD_ISSET(fd, &rs) && FD_ISSET(nul, &rs) && FD_ISSET(fd, &ws) && FD_ISSET(nul, &ws));
	EXPECT_ERR("select nfds -1", select(-1, NULL, NULL, NULL, &tv), EINVAL);
	FD_ZERO(&rs);
	FD_SET(nul, &rs);
	tv = (struct timeval){ 3, 0 };
	EXPECT_EQ("select a ready fd, 3 s", select(nul + 1, &rs, NULL, NULL, &tv), 1);
	EXPECT_EQ("seconds left", tv.tv_sec, 2);
	close(fd);
	close(nul);

	/* a mask for the call's duration */
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	SETUP(sigaction(SIGUSR1, &sa, NULL));
	sigset_t usr1, none;
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigemptyset(&none);
	SETUP(sigprocmask(SIG_BLOCK, &usr1, NULL));
	raise(SIGUSR1);
	EXPECT_EQ("SIGUSR1 pending", pending_usr1(), 1);
	uint32_t all[2] = { ~0u, ~0u }, empty[2] = { 0, 0 };
	struct ts32 ts = { 0, 10000000 };
	pf[0] = (struct pollfd){ p[0], POLLIN, 0 };
	EXPECT_EQ("ppoll, everything blocked: times out", syscall(SYS_ppoll, pf, 1, &ts, all, 8), 0);
	EXPECT_EQ("no handler", handled, 0);
	ts = (struct ts32){ 5, 0 };
	EXPECT_ERR("ppoll, nothing blocked: EINTR", syscall(SYS_ppoll, pf, 1, &ts, empty, 8), EINTR);
	EXPECT_EQ("the handler ran once", handled, 1);
	EXPECT_EQ("SIGUSR1 blocked again", blocked_usr1(), 1);
	EXPECT_EQ("not pending", pending_usr1(), 0);
	raise(SIGUSR1);
	struct timespec t5 = { 5, 0 };
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	EXPECT_ERR("pselect, nothing blocked: EINTR", pselect(p[0] + 1, &rs, NULL, NULL, &t5, &none), EINTR);
	EXPECT_EQ("the handler ran once more", handled, 2);
	EXPECT_EQ("SIGUSR1 blocked again", blocked_usr1(), 1);
	EXPECT_EQ("not pending", pending_usr1(), 0);
	write(p[1], "y", 1);
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	EXPECT_EQ("pselect, a byte and no signal", pselect(p[0] + 1, &rs, NULL, NULL, &t5, &none), 1);
	EXPECT_EQ("no handler", handled, 2);
	return lt_done();
}
