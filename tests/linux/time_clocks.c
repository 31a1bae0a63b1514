/*
 * time_clocks: CLOCK_MONOTONIC never goes back (2000 reads), CLOCK_REALTIME
 * is after 2020 and agrees with gettimeofday() and time(); both have a
 * resolution of at most 1 ms; tv_nsec is in range; a bad clock id is
 * EINVAL. Through clock_gettime64 (403) and, by raw call, the old 263.
 */
#include "lt.h"
#include <sys/time.h>
#include <time.h>

static long long ns(const struct timespec *t)
{
	return (long long)t->tv_sec * 1000000000LL + t->tv_nsec;
}

int main(void)
{
	struct timespec a, b, res;
	struct timeval tv;
	long long prev = 0;
	int i, ok = 1, inrange = 1;
	time_t now;
	int32_t old[2];

	for (i = 0; i < 2000; i++) {
		if (clock_gettime(CLOCK_MONOTONIC, &a))
			ok = 0;
		inrange &= a.tv_nsec >= 0 && a.tv_nsec < 1000000000;
		if (ns(&a) < prev)
			ok = 0;
		prev = ns(&a);
	}
	EXPECT_TRUE("CLOCK_MONOTONIC never decreases", ok);
	EXPECT_TRUE("tv_nsec in [0, 1e9)", inrange);
	EXPECT_OK("clock_gettime(CLOCK_REALTIME)", clock_gettime(CLOCK_REALTIME, &a));
	EXPECT_TRUE("CLOCK_REALTIME after 2020", a.tv_sec > 1577836800);
	EXPECT_OK("gettimeofday", gettimeofday(&tv, 0));
	EXPECT_TRUE("gettimeofday agrees (within 2 s)", tv.tv_sec - a.tv_sec < 2 && tv.tv_sec >= a.tv_sec);
	EXPECT_TRUE("tv_usec in range", tv.tv_usec >= 0 && tv.tv_usec < 1000000);
	now = time(0);
	EXPECT_TRUE("time() agrees (within 2 s)", now - a.tv_sec < 2 && now >= a.tv_sec);
	EXPECT_OK("clock_getres(CLOCK_MONOTONIC)", clock_getres(CLOCK_MONOTONIC, &res));
	EXPECT_TRUE("resolution in (0, 1 ms]", res.tv_sec == 0 && res.tv_nsec > 0 && res.tv_nsec <= 1000000);
	EXPECT_OK("clock_getres(CLOCK_REALTIME, NULL)", clock_getres(CLOCK_REALTIME, 0));
	EXPECT_OK("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b));
	EXPECT_ERR("clock_gettime(bad clock)", clock_gettime((clockid_t)12345, &a), EINVAL);
	EXPECT_ERR("clock_getres(bad clock)", clock_getres((clockid_t)12345, &a), EINVAL);

	EXPECT_OK("clock_gettime (263, 32-bit) raw", syscall(SYS_clock_gettime, 1, old));
	EXPECT_OK("clock_gettime64 (403) raw", clock_gettime(CLOCK_MONOTONIC, &b));
	EXPECT_TRUE("the two agree (within 2 s)", b.tv_sec - old[0] < 2 && b.tv_sec >= old[0]);
	return lt_done();
}
