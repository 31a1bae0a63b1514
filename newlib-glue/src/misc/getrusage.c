/* getrusage (<sys/resource.h>): getrusage (77); newlib's struct rusage has only the two times. */
#include <sys/resource.h>
#include "glue.h"

int getrusage(int who, struct rusage *ru)
{
	struct linux_rusage k;
	long r = __syscall(SYS_getrusage, who, &k);

	if (r == 0) {
		ru->ru_utime.tv_sec = k.ru_utime.tv_sec;
		ru->ru_utime.tv_usec = k.ru_utime.tv_usec;
		ru->ru_stime.tv_sec = k.ru_stime.tv_sec;
		ru->ru_stime.tv_usec = k.ru_stime.tv_usec;
	}
	return __syscall_ret(r);
}
