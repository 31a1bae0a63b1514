/*
 * efault_nanosleep: a bad request for clock_nanosleep_time64 (407) and
 * clock_nanosleep (265): EFAULT, without sleeping. (nanosleep (162) is
 * EFAULT on Linux, but qemu-arm 7.2 ignores the failed copy and sleeps on
 * an uninitialised request: not checked.)
 */
#include "lt.h"

int main(void)
{
	EXPECT_ERR("clock_nanosleep_time64(MONOTONIC, 0, bad)",
		   syscall(SYS_clock_nanosleep_time64, 1, 0, BAD, 0), EFAULT);
	EXPECT_ERR("clock_nanosleep(MONOTONIC, 0, bad)", syscall(SYS_clock_nanosleep, 1, 0, BAD, 0),
		   EFAULT);
	return lt_done();
}
