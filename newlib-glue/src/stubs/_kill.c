/* _kill: newlib's kill() ends here (kill, 37), the signal number translated. */
#include "protos.h"

int _kill(pid_t pid, int sig)
{
	int k = __glue_sig_to_linux(sig);

	if (sig && !k)
		return __syscall_ret(-LINUX_EINVAL);
	return __sys_ret(SYS_kill, pid, k);
}
