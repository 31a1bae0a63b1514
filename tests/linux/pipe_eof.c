/*
 * pipe_eof: a pipe's read end sees end of file only when every copy of
 * the write end is closed, a forked child's included; until then an
 * empty read is EAGAIN (O_NONBLOCK) and poll reports nothing. Then poll
 * says POLLHUP, even with no events asked for, and POLLIN | POLLHUP while
 * data is still buffered (which is read first); select finds the end
 * readable. With the reader gone the write end polls POLLERR (with
 * POLLOUT when there is room), select finds it writable, and a write is
 * EPIPE even though bytes are still buffered.
 */
#include "lt.h"
#include <poll.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/wait.h>

static int revents(int fd, short events)
{
	struct pollfd pf = { fd, events, 0x5a5a };

	if (poll(&pf, 1, 0) == -1)
		return -1;
	return pf.revents;
}

static int wait_ok(pid_t pid)
{
	int st;

	return waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

int main(void)
{
	int p[2], s[2];
	char buf[16], c;
	pid_t pid;
	fd_set rs, ws;
	struct timeval tv = { 0, 0 };

	signal(SIGPIPE, SIG_IGN);
	SETUP(pipe2(p, O_NONBLOCK));
	SETUP(pipe(s));
	pid = fork();
	SETUP(pid);
	if (pid == 0) {                 /* holds a copy of the write end until s closes */
		close(p[0]);
		close(s[1]);
		read(s[0], &c, 1);
		_exit(0);
	}
	close(s[0]);
	close(p[1]);
	EXPECT_ERR("our write end closed, the child's open: EAGAIN", read(p[0], buf, sizeof buf), EAGAIN);
	EXPECT_EQ("poll: nothing", revents(p[0], POLLIN), 0);
	close(s[1]);
	EXPECT_TRUE("child reaped", wait_ok(pid));
	EXPECT_EQ("every write end closed: end of file", read(p[0], buf, sizeof buf), 0);
	EXPECT_EQ("and again", read(p[0], buf, sizeof buf), 0);
	EXPECT_EQ("poll POLLIN: POLLHUP", revents(p[0], POLLIN), POLLHUP);
	EXPECT_EQ("poll no events: POLLHUP", revents(p[0], 0), POLLHUP);
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	EXPECT_EQ("select: readable", select(p[0] + 1, &rs, NULL, NULL, &tv), 1);
	EXPECT_TRUE("in the read set", FD_ISSET(p[0], &rs));
	close(p[0]);

	/* a child writes, then exits: the data first, then the end */
	SETUP(pipe(p));
	pid = fork();
	SETUP(pid);
	if (pid == 0) {
		close(p[0]);
		write(p[1], "abc", 3);
		_exit(0);
	}
	close(p[1]);
	EXPECT_TRUE("writer reaped", wait_ok(pid));
	EXPECT_EQ("poll with data and no writer: POLLIN|POLLHUP", revents(p[0], POLLIN), POLLIN | POLLHUP);
	EXPECT_EQ("read what is buffered", read(p[0], buf, sizeof buf), 3);
	EXPECT_EQ("then POLLHUP alone", revents(p[0], POLLIN), POLLHUP);
	EXPECT_EQ("then end of file", read(p[0], buf, sizeof buf), 0);
	close(p[0]);

	/* the read end goes, in a child too */
	SETUP(pipe2(p, O_NONBLOCK));
	EXPECT_EQ("write end with a reader: POLLOUT", revents(p[1], POLLOUT), POLLOUT);
	EXPECT_EQ("write 2", write(p[1], "xy", 2), 2);
	pid = fork();
	SETUP(pid);
	if (pid == 0)
		_exit(0);               /* its copy of the read end closes */
	EXPECT_TRUE("child reaped", wait_ok(pid));
	EXPECT_EQ("a child's copy closed, ours open: write works", write(p[1], "z", 1), 1);
	close(p[0]);
	EXPECT_ERR("no reader, 3 bytes buffered: EPIPE", write(p[1], "w", 1), EPIPE);
	EXPECT_EQ("poll POLLOUT: POLLOUT|POLLERR", revents(p[1], POLLOUT), POLLOUT | POLLERR);
	EXPECT_EQ("poll no events: POLLERR", revents(p[1], 0), POLLERR);
	EXPECT_EQ("poll POLLIN: POLLERR", revents(p[1], POLLIN), POLLERR);
	FD_ZERO(&ws);
	FD_SET(p[1], &ws);
	EXPECT_EQ("select: writable", select(p[1] + 1, NULL, &ws, NULL, &tv), 1);
	EXPECT_TRUE("in the write set", FD_ISSET(p[1], &ws));
	close(p[1]);

	/* a full pipe whose reader is gone: POLLERR without POLLOUT */
	static char chunk[65536];
	SETUP(pipe2(p, O_NONBLOCK));
	EXPECT_EQ("fill", write(p[1], chunk, sizeof chunk), 65536);
	EXPECT_EQ("full, with a reader: nothing", revents(p[1], POLLOUT), 0);
	close(p[0]);
	EXPECT_EQ("full, no reader: POLLERR", revents(p[1], POLLOUT), POLLERR);
	EXPECT_ERR("write: EPIPE, not EAGAIN", write(p[1], chunk, 1), EPIPE);
	close(p[1]);
	return lt_done();
}
