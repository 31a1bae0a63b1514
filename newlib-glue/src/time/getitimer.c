/* getitimer (<sys/time.h>): getitimer (105); Linux's timevals are 32-bit. */
#include <sys/time.h>
#include "glue.h"

int getitimer(int which, struct itimerval *value)
{
	struct linux_itimerval k;
	long r = __syscall(SYS_getitimer, which, &k);

	if (r == 0) {
		value->it_interval.tv_sec = k.it_interval.tv_sec;
		value->it_interval.tv_usec = k.it_interval.tv_usec;
		value->it_value.tv_sec = k.it_value.tv_sec;
		value->it_value.tv_usec = k.it_value.tv_usec;
	}
	return __syscall_ret(r);
}
