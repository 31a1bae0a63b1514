/*
 * select (<sys/select.h>): _newselect (142). newlib's fd_set is a bitmap
 * of 32-bit words like Linux's (only shorter: FD_SETSIZE 64); the timeout
 * is converted to Linux's 32-bit timeval and back, since Linux writes the
 * time left into it.
 */
#include <sys/select.h>
#include <sys/time.h>
#include "glue.h"

int select(int n, fd_set *r, fd_set *w, fd_set *e, struct timeval *tv)
{
	struct linux_timeval k;
	long ret;

	if (tv) {
		if (tv->tv_sec < 0 || tv->tv_usec < 0)
			return __syscall_ret(-LINUX_EINVAL);
		k.tv_sec = tv->tv_sec > INT32_MAX ? INT32_MAX : (int32_t)tv->tv_sec;
		k.tv_usec = tv->tv_usec;
	}
	ret = __syscall(SYS__newselect, n, r, w, e, tv ? &k : 0);
	if (tv && ret >= 0) {
		tv->tv_sec = k.tv_sec;
		tv->tv_usec = k.tv_usec;
	}
	return __syscall_ret(ret);
}
