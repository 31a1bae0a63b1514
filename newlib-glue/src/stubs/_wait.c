/* _wait: newlib's wait() ends here: wait4(-1, status, 0, NULL) (114), signals translated. */
#include "protos.h"

pid_t _wait(int *status)
{
	int k;
	long r = __syscall(SYS_wait4, -1, status ? &k : 0, 0, 0);

	if (r > 0 && status)
		*status = __glue_wstatus_from_linux(k);
	return __syscall_ret(r);
}
