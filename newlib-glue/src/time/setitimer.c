/* setitimer (<sys/time.h>): setitimer (104); Linux's timevals are 32-bit (EOVERFLOW beyond). */
#include <sys/time.h>
#include "glue.h"

int setitimer(int which, const struct itimerval *__restrict value,
	      struct itimerval *__restrict old)
{
	struct linux_itimerval k, ko;
	long r;

	if (value->it_interval.tv_sec != (int32_t)value->it_interval.tv_sec ||
	    value->it_value.tv_sec != (int32_t)value->it_value.tv_sec)
		return __syscall_ret(-LINUX_EOVERFLOW);
	k.it_interval.tv_sec = (int32_t)value->it_interval.tv_sec;
	k.it_interval.tv_usec = value->it_interval.tv_usec;
	k.it_value.tv_sec = (int32_t)value->it_value.tv_sec;
	k.it_value.tv_usec = value->it_value.tv_usec;
	r = __syscall(SYS_setitimer, which, &k, old ? &ko : 0);
	if (r == 0 && old) {
		old->it_interval.tv_sec = ko.it_interval.tv_sec;
		old->it_interval.tv_usec = ko.it_interval.tv_usec;
		old->it_value.tv_sec = ko.it_value.tv_sec;
		old->it_value.tv_usec = ko.it_value.tv_usec;
	}
	return __syscall_ret(r);
}
