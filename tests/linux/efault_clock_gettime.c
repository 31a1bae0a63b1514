/*
 * efault_clock_gettime: a bad buffer for clock_gettime64 (403), the old
 * clock_gettime (263) and gettimeofday (78): EFAULT. A bad clock id is
 * still EINVAL first. (clock_getres_time64 with a bad buffer is EFAULT on
 * Linux, but qemu-arm 7.2 ignores the failed copy and says 0: not checked.)
 */
#include "lt.h"

int main(void)
{
	EXPECT_ERR("clock_gettime64(MONOTONIC, bad)", syscall(SYS_clock_gettime64, 1, BAD), EFAULT);
	EXPECT_ERR("clock_gettime64(REALTIME, bad)", syscall(SYS_clock_gettime64, 0, BAD), EFAULT);
	EXPECT_ERR("clock_gettime(MONOTONIC, bad)", syscall(SYS_clock_gettime, 1, BAD), EFAULT);
	EXPECT_ERR("gettimeofday(bad, NULL)", syscall(SYS_gettimeofday, BAD, 0), EFAULT);
	EXPECT_ERR("clock_gettime64(bad clock, bad)", syscall(SYS_clock_gettime64, 12345, BAD), EINVAL);
	return lt_done();
}
