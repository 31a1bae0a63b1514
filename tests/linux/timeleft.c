/*
 * timeleft: ppoll and select write the time left back into their
 * timeout (Linux's poll_select_finish), whether they return early or time
 * out: a ready pipe leaves most of a 2 s timeout, a 20 ms wait that
 * expires leaves 0. Raw system calls, to see what the kernel writes.
 */
#include "lt.h"
#include <poll.h>

struct ts32 {
	int32_t sec, nsec;
};

struct tv32 {
	int32_t sec, usec;
};

int main(void)
{
	int p[2];
	struct pollfd pf = { 0, POLLIN, 0 };
	struct ts32 ts = { 2, 0 };
	struct tv32 tv = { 2, 0 };
	uint32_t set = 0;

	SETUP(pipe(p));
	pf.fd = p[0];
	ts = (struct ts32){ 0, 20000000 };
	EXPECT_EQ("ppoll, nothing to read, 20 ms", syscall(SYS_ppoll, &pf, 1, &ts, 0, 8), 0);
	EXPECT_TRUE("time left 0", ts.sec == 0 && ts.nsec == 0);
	set = 1u << p[0];
	tv = (struct tv32){ 0, 20000 };
	EXPECT_EQ("select, nothing to read, 20 ms", syscall(SYS__newselect, p[0] + 1, &set, 0, 0, &tv), 0);
	EXPECT_TRUE("time left 0", tv.sec == 0 && tv.usec == 0);
	EXPECT_EQ("set cleared", set, 0);
	SETUP(write(p[1], "x", 1));
	ts = (struct ts32){ 2, 0 };
	EXPECT_EQ("ppoll, a byte to read, 2 s", syscall(SYS_ppoll, &pf, 1, &ts, 0, 8), 1);
	EXPECT_TRUE("time left: between 1 and 2 s", ts.sec == 1 && ts.nsec > 0);
	set = 1u << p[0];
	tv = (struct tv32){ 2, 0 };
	EXPECT_EQ("select, a byte to read, 2 s", syscall(SYS__newselect, p[0] + 1, &set, 0, 0, &tv), 1);
	EXPECT_TRUE("time left: between 1 and 2 s", tv.sec == 1 && tv.usec > 0);
	tv = (struct tv32){ 0, 0 };
	EXPECT_EQ("select, timeout 0", syscall(SYS__newselect, p[0] + 1, &set, 0, 0, &tv), 1);
	EXPECT_TRUE("stays 0", tv.sec == 0 && tv.usec == 0);
	EXPECT_ERR("ppoll with a bad sigset size", syscall(SYS_ppoll, &pf, 1, &ts, &set, 4), EINVAL);
	return lt_done();
}
