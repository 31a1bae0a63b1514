/* getrusage (<sys/resource.h>): getrusage (77); newlib's struct rusage has only the two times. */
#include <sys/resource.h>
#include "glue.h"

int getrusage(int who, struct rusage *ru)
{
	struct linux_rusage k;
	long r = __syscall(SYS_getrusage, who, &k);

	if (r == 0)
		__glue_rusage_from_linux(ru, &k);
	return __syscall_ret(r);
}
