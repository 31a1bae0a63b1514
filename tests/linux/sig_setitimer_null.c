/*
 * sig_setitimer_null: setitimer with a NULL new value is not EFAULT on
 * Linux: it is taken as a zero value (kernel/time/itimer.c, kept for old
 * programs), so it disarms the timer and returns the old one.
 */
#include "lt.h"
#include <sys/time.h>

struct itv32 {
	int32_t isec, iusec, sec, usec;
};

static int left_sec(void)
{
	struct itv32 it;

	syscall(SYS_getitimer, ITIMER_REAL, &it);
	return it.sec + (it.usec ? 1 : 0);
}

int main(void)
{
	struct itv32 set = { 0, 0, 5, 0 }, old = { 0, 0, 0, 0 };

	SETUP(syscall(SYS_setitimer, ITIMER_REAL, &set, NULL));
	EXPECT_EQ("5 s set", left_sec(), 5);
	EXPECT_OK("setitimer(NULL new value)", syscall(SYS_setitimer, ITIMER_REAL, NULL, &old));
	EXPECT_EQ("... returned the old value", old.sec + (old.usec ? 1 : 0), 5);
	EXPECT_EQ("... and disarmed the timer", left_sec(), 0);
	EXPECT_OK("setitimer(NULL, NULL)", syscall(SYS_setitimer, ITIMER_REAL, NULL, NULL));
	return lt_done();
}
