/*
 * raise (<signal.h>): replaces newlib's simulation: tkill (238) on this
 * thread, so the kernel delivers it (a default action really terminates).
 * newlib's abort() calls this; the specs file makes the linker take it
 * (-u raise) before libc.a's.
 */
#include <signal.h>
#include "glue.h"

int raise(int sig)
{
	int ks = __glue_sig_to_linux(sig);

	if (sig && !ks)
		return __syscall_ret(-LINUX_EINVAL);
	return __sys_ret(SYS_tkill, __syscall(SYS_gettid), ks);
}
