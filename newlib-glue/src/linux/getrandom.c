/* getrandom (<sys/random.h>, glibc 2.25): getrandom (384); GRND_* are Linux's values. */
#include <sys/random.h>
#include "glue.h"

ssize_t getrandom(void *buf, size_t len, unsigned flags)
{
	return __sys_ret(SYS_getrandom, buf, len, flags);
}
