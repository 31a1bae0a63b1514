/*
 * _times: newlib's times() and clock() end here (times, 43). newlib's
 * struct tms is four 32-bit clock_t, Linux's layout. The result is a tick
 * count that may look like an error code, so it is returned raw (as musl
 * does): Linux's times only fails with EFAULT.
 */
#include <sys/times.h>
#include "protos.h"

clock_t _times(struct tms *buf)
{
	return __syscall(SYS_times, buf);
}
