/*
 * itimer: ITIMER_REAL through setitimer/getitimer and alarm(): the time
 * left counts down, a repeating timer fires again, alarm returns the
 * seconds that were left, a cleared timer reads zero; argument errors.
 */
#include "lt.h"
#include <signal.h>
#include <sys/time.h>

static volatile int alarms;

static void on_alarm(int sig)
{
	alarms++;
}

int main(void)
{
	struct itimerval it, old;

	signal(SIGALRM, on_alarm);
	EXPECT_OK("getitimer: none", getitimer(ITIMER_REAL, &old));
	EXPECT_TRUE("reads zero", !old.it_value.tv_sec && !old.it_value.tv_usec && !old.it_interval.tv_sec);
	it = (struct itimerval){ { 0, 0 }, { 10, 0 } };
	EXPECT_OK("setitimer 10 s", setitimer(ITIMER_REAL, &it, NULL));
	EXPECT_OK("getitimer", getitimer(ITIMER_REAL, &old));
	EXPECT_TRUE("between 9 and 10 s left", old.it_value.tv_sec == 9 || (old.it_value.tv_sec == 10 && !old.it_value.tv_usec));
	it = (struct itimerval){ { 0, 0 }, { 0, 0 } };
	EXPECT_OK("clear, old value returned", setitimer(ITIMER_REAL, &it, &old));
	EXPECT_TRUE("the old value", old.it_value.tv_sec == 9 || old.it_value.tv_sec == 10);
	getitimer(ITIMER_REAL, &old);
	EXPECT_TRUE("cleared reads zero", !old.it_value.tv_sec && !old.it_value.tv_usec);

	it = (struct itimerval){ { 0, 20000 }, { 0, 20000 } };
	setitimer(ITIMER_REAL, &it, NULL);
	while (alarms < 3)
		pause();
	getitimer(ITIMER_REAL, &old);
	EXPECT_EQ("repeating: the interval", old.it_interval.tv_usec, 20000);
	it = (struct itimerval){ { 0, 0 }, { 0, 0 } };
	setitimer(ITIMER_REAL, &it, NULL);
	EXPECT_EQ("fired three times", alarms, 3);

	EXPECT_EQ("alarm(5) with none set", alarm(5), 0);
	EXPECT_EQ("alarm(0) returns what was left (rounded)", alarm(0), 5);
	it = (struct itimerval){ { 0, 0 }, { 0, 1000000 } };
	EXPECT_ERR("tv_usec 1000000", setitimer(ITIMER_REAL, &it, NULL), EINVAL);
	it = (struct itimerval){ { 0, 0 }, { -1, 0 } };
	EXPECT_ERR("negative seconds", setitimer(ITIMER_REAL, &it, NULL), EINVAL);
	EXPECT_ERR("bad which", setitimer(7, &it, NULL), EINVAL);
	EXPECT_ERR("bad pointer", syscall(SYS_setitimer, 0, BAD, 0), EFAULT);
	EXPECT_ERR("getitimer bad pointer", syscall(SYS_getitimer, 0, BAD), EFAULT);
	return lt_done();
}
