/*
 * sigqueue (<signal.h>): rt_sigqueueinfo (178) with the siginfo glibc
 * builds: SI_QUEUE, the sender's pid and uid, and the value.
 */
#include <signal.h>
#include <string.h>
#include "glue.h"

int sigqueue(pid_t pid, int sig, const union sigval value)
{
	struct linux_siginfo si;
	int ks = __glue_sig_to_linux(sig);

	if (sig && !ks)
		return __syscall_ret(-LINUX_EINVAL);
	memset(&si, 0, sizeof si);
	si.si_signo = ks;
	si.si_code = LINUX_SI_QUEUE;
	si.sifields.rt.pid = (int32_t)__syscall(SYS_getpid);
	si.sifields.rt.uid = (uint32_t)__syscall(SYS_getuid32);
	si.sifields.rt.sigval.sival_ptr = (uint32_t)(uintptr_t)value.sival_ptr;
	return __sys_ret(SYS_rt_sigqueueinfo, pid, ks, &si);
}
