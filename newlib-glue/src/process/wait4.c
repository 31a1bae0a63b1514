/*
 * wait4 (<sys/wait.h>): wait4 (114); the status word's signal numbers
 * translated, newlib's two-field struct rusage filled from Linux's.
 */
#include <sys/resource.h>
#include <sys/wait.h>
#include "glue.h"

pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru)
{
	struct linux_rusage kru;
	int k;
	long r = __syscall(SYS_wait4, pid, status ? &k : 0, options, ru ? &kru : 0);

	if (r > 0) {
		if (status)
			*status = __glue_wstatus_from_linux(k);
		if (ru)
			__glue_rusage_from_linux(ru, &kru);
	}
	return __syscall_ret(r);
}
