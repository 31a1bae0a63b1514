/*
 * select_sets: how select reads and rewrites its three sets (raw
 * _newselect, Linux's 32-bit fd_set words): a pipe's end is only ever in
 * the set that matches its direction, never in the except set; bits past
 * nfds are not looked at (a closed fd there is no EBADF) but come back
 * cleared, as Linux writes whole words back; NULL sets with a timeout
 * just sleep; a negative part of the timeval is EINVAL (tv_usec of
 * 1000000 or more Linux carries into the seconds, qemu-arm calls it
 * EINVAL: not checked); the sets are unchanged after an error. poll on
 * the wrong end of a pipe reports nothing for POLLIN / POLLOUT.
 */
#include "lt.h"
#include <poll.h>

struct tv32 {
	int32_t sec, usec;
};

static long sel(int n, uint32_t *r, uint32_t *w, uint32_t *e, struct tv32 *tv)
{
	return syscall(SYS__newselect, n, r, w, e, tv);
}

int main(void)
{
	int p[2];
	uint32_t r, w, e;
	struct tv32 tv;
	struct pollfd pf[2];

	SETUP(pipe(p));
	SETUP(write(p[1], "x", 1));
	r = w = e = (1u << p[0]) | (1u << p[1]);
	tv = (struct tv32){ 0, 0 };
	EXPECT_EQ("select both ends in all three sets", sel(p[1] + 1, &r, &w, &e, &tv), 2);
	EXPECT_EQ("read set: the read end", r, 1u << p[0]);
	EXPECT_EQ("write set: the write end", w, 1u << p[1]);
	EXPECT_EQ("except set: empty", e, 0);

	r = (1u << p[0]) | (1u << 30);
	tv = (struct tv32){ 0, 0 };
	EXPECT_EQ("a closed fd past nfds: not looked at", sel(p[0] + 1, &r, NULL, NULL, &tv), 1);
	EXPECT_EQ("but its bit cleared (the whole word written back)", r, 1u << p[0]);
	r = 1u << 30;
	EXPECT_ERR("the same fd under nfds: EBADF", sel(31, &r, NULL, NULL, &tv), EBADF);
	EXPECT_EQ("the set unchanged after the error", r, 1u << 30);

	tv = (struct tv32){ 0, 20000 };
	EXPECT_EQ("no sets, 20 ms: a sleep", sel(0, NULL, NULL, NULL, &tv), 0);
	EXPECT_TRUE("all the time used", tv.sec == 0 && tv.usec == 0);
	r = 1u << p[0];
	tv = (struct tv32){ -1, 0 };
	EXPECT_ERR("tv_sec -1: EINVAL", sel(p[0] + 1, &r, NULL, NULL, &tv), EINVAL);
	tv = (struct tv32){ 0, -1 };
	EXPECT_ERR("tv_usec -1: EINVAL", sel(p[0] + 1, &r, NULL, NULL, &tv), EINVAL);
	EXPECT_EQ("the set unchanged", r, 1u << p[0]);
	tv = (struct tv32){ 0, 999999 };
	EXPECT_EQ("tv_usec 999999: fine", sel(p[0] + 1, &r, NULL, NULL, &tv), 1);

	pf[0] = (struct pollfd){ p[0], POLLOUT, 0 };
	pf[1] = (struct pollfd){ p[1], POLLIN, 0 };
	EXPECT_EQ("poll POLLOUT on the read end, POLLIN on the write end", poll(pf, 2, 0), 0);
	EXPECT_TRUE("no revents", pf[0].revents == 0 && pf[1].revents == 0);
	return lt_done();
}
