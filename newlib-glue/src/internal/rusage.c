/* struct rusage: newlib's has only ru_utime and ru_stime of Linux's sixteen fields. */
#include <sys/resource.h>
#include "glue.h"

void __glue_rusage_from_linux(struct rusage *ru, const struct linux_rusage *k)
{
	ru->ru_utime.tv_sec = k->ru_utime.tv_sec;
	ru->ru_utime.tv_usec = k->ru_utime.tv_usec;
	ru->ru_stime.tv_sec = k->ru_stime.tv_sec;
	ru->ru_stime.tv_usec = k->ru_stime.tv_usec;
}
