/*
 * poll_select: poll and select on a pipe: the write end is writable, the
 * empty read end not readable (timeout 0 returns 0), readable after a
 * write, and POLLHUP once the writer is gone; a bad fd in poll is
 * POLLNVAL; select with a bad fd is EBADF; a 20 ms poll timeout waits.
 */
#include "lt.h"
#include <poll.h>
#include <sys/select.h>
#include <time.h>

static long long now_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000LL + t.tv_nsec / 1000000;
}

int main(void)
{
	struct pollfd pf[3];
	struct timeval tv = { 0, 0 };
	fd_set rs, ws;
	int p[2];
	long long t0;

	SETUP(pipe(p));
	pf[0].fd = p[0];
	pf[0].events = POLLIN;
	pf[1].fd = p[1];
	pf[1].events = POLLOUT;
	pf[2].fd = 999;
	pf[2].events = POLLIN;
	EXPECT_EQ("poll: 2 ready (write end, bad fd)", poll(pf, 3, 0), 2);
	EXPECT_EQ("read end revents", pf[0].revents, 0);
	EXPECT_EQ("write end revents", pf[1].revents, POLLOUT);
	EXPECT_EQ("bad fd revents", pf[2].revents, POLLNVAL);
	EXPECT_EQ("poll the read end, timeout 0", poll(pf, 1, 0), 0);
	t0 = now_ms();
	EXPECT_EQ("poll the read end, timeout 20 ms", poll(pf, 1, 20), 0);
	EXPECT_TRUE("waited >= 20 ms", now_ms() - t0 >= 20);
	write(p[1], "x", 1);
	EXPECT_EQ("after a write", poll(pf, 1, 0), 1);
	EXPECT_EQ("revents", pf[0].revents, POLLIN);

	FD_ZERO(&rs);
	FD_ZERO(&ws);
	FD_SET(p[0], &rs);
	FD_SET(p[1], &ws);
	EXPECT_EQ("select: both ready", select(p[1] + 1, &rs, &ws, NULL, &tv), 2);
	EXPECT_TRUE("read end in the read set", FD_ISSET(p[0], &rs));
	EXPECT_TRUE("write end in the write set", FD_ISSET(p[1], &ws));
	read(p[0], &t0, 1);
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	tv.tv_sec = 0;
	tv.tv_usec = 1000;
	EXPECT_EQ("select: nothing to read, 1 ms", select(p[0] + 1, &rs, NULL, NULL, &tv), 0);
	EXPECT_TRUE("read set cleared", !FD_ISSET(p[0], &rs));
	/*
	 * A closed fd inside the fd table: Linux ignores bits at or above the
	 * table's size (32 slots for a new 32-bit process), so fd 40 would
	 * give 0 on ARM Linux (and EBADF under qemu-arm on a 64-bit host).
	 */
	FD_ZERO(&rs);
	FD_SET(20, &rs);
	tv.tv_usec = 0;
	EXPECT_ERR("select with a closed fd", select(21, &rs, NULL, NULL, &tv), EBADF);
	close(p[1]);
	pf[0].revents = 0;
	EXPECT_EQ("poll after the writer closed", poll(pf, 1, 0), 1);
	EXPECT_EQ("revents", pf[0].revents, POLLHUP);
	EXPECT_ERR("poll with a negative count", poll(pf, (nfds_t)-1, 0), EINVAL);
	return lt_done();
}
