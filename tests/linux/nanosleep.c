/*
 * nanosleep: a 10 ms nanosleep takes at least 10 ms of CLOCK_MONOTONIC,
 * and so do usleep(10000) and clock_nanosleep, relative and absolute
 * (TIMER_ABSTIME); zero sleeps return at once; tv_nsec outside [0, 1e9)
 * and a negative tv_sec are EINVAL (clock_nanosleep returns the number).
 */
#include "lt.h"
#include <time.h>

static long long now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(void)
{
	struct timespec ts = { 0, 10000000 }, rem = { 99, 99 }, abs;
	long long t0;

	t0 = now_ns();
	EXPECT_OK("nanosleep 10 ms", nanosleep(&ts, &rem));
	EXPECT_TRUE("took >= 10 ms", now_ns() - t0 >= 10000000);
	t0 = now_ns();
	EXPECT_OK("usleep(10000)", usleep(10000));
	EXPECT_TRUE("took >= 10 ms", now_ns() - t0 >= 10000000);
	t0 = now_ns();
	EXPECT_EQ("clock_nanosleep relative 10 ms", clock_nanosleep(CLOCK_MONOTONIC, 0, &ts, 0), 0);
	EXPECT_TRUE("took >= 10 ms", now_ns() - t0 >= 10000000);
	clock_gettime(CLOCK_MONOTONIC, &abs);
	t0 = (long long)abs.tv_sec * 1000000000LL + abs.tv_nsec;
	abs.tv_nsec += 20000000;
	if (abs.tv_nsec >= 1000000000) {
		abs.tv_sec++;
		abs.tv_nsec -= 1000000000;
	}
	EXPECT_EQ("clock_nanosleep TIMER_ABSTIME +20 ms",
		  clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &abs, 0), 0);
	EXPECT_TRUE("woke at or after the deadline", now_ns() - t0 >= 20000000);
	EXPECT_EQ("clock_nanosleep to a past deadline", clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, 0), 0);

	ts.tv_nsec = 0;
	EXPECT_OK("nanosleep 0", nanosleep(&ts, 0));
	EXPECT_EQ("sleep(0)", sleep(0), 0);
	ts.tv_nsec = 1000000000;
	EXPECT_ERR("nanosleep tv_nsec = 1e9", nanosleep(&ts, 0), EINVAL);
	ts.tv_nsec = -1;
	EXPECT_ERR("nanosleep tv_nsec = -1", nanosleep(&ts, 0), EINVAL);
	ts.tv_sec = -1;
	ts.tv_nsec = 0;
	EXPECT_ERR("nanosleep tv_sec = -1", nanosleep(&ts, 0), EINVAL);
	ts.tv_sec = 0;
	ts.tv_nsec = 1000000000;
	EXPECT_STR("clock_nanosleep tv_nsec = 1e9",
		   errname(clock_nanosleep(CLOCK_MONOTONIC, 0, &ts, 0)), "EINVAL");
	return lt_done();
}
