/*
 * alarm (<unistd.h>): ARM EABI has no alarm call; setitimer(ITIMER_REAL)
 * (104) does the same, as in glibc and musl. Returns the seconds left of
 * the previous alarm, rounded to nearest.
 */
#include <unistd.h>
#include "glue.h"

unsigned alarm(unsigned seconds)
{
	struct linux_itimerval it = { .it_value.tv_sec = (int32_t)seconds }, old = { 0 };

	__syscall(SYS_setitimer, LINUX_ITIMER_REAL, &it, &old);
	return old.it_value.tv_sec + !!old.it_value.tv_usec;
}
