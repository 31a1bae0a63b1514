/*
 * siginfo_t: the glue's is Linux's layout (<sys/signal.h>), so the kernel
 * writes it directly; only the numbers newlib has its own of are changed
 * afterwards. si_code stays Linux's, as the header's SI_* and CLD_* are.
 */
#include <signal.h>
#include <stddef.h>
#include "glue.h"

_Static_assert(sizeof(siginfo_t) == sizeof(struct linux_siginfo), "siginfo_t is Linux's");
_Static_assert(offsetof(siginfo_t, si_code) == offsetof(struct linux_siginfo, si_code) &&
	       offsetof(siginfo_t, si_pid) == offsetof(struct linux_siginfo, sifields.kill.pid) &&
	       offsetof(siginfo_t, si_uid) == offsetof(struct linux_siginfo, sifields.kill.uid) &&
	       offsetof(siginfo_t, si_value) == offsetof(struct linux_siginfo, sifields.rt.sigval) &&
	       offsetof(siginfo_t, si_status) == offsetof(struct linux_siginfo, sifields.sigchld.status) &&
	       offsetof(siginfo_t, si_utime) == offsetof(struct linux_siginfo, sifields.sigchld.utime) &&
	       offsetof(siginfo_t, si_stime) == offsetof(struct linux_siginfo, sifields.sigchld.stime) &&
	       offsetof(siginfo_t, si_addr) == offsetof(struct linux_siginfo, sifields.sigfault.addr) &&
	       offsetof(siginfo_t, si_addr_lsb) ==
		       offsetof(struct linux_siginfo, sifields.sigfault.addr_lsb) &&
	       offsetof(siginfo_t, si_band) == offsetof(struct linux_siginfo, sifields.sigpoll.band) &&
	       offsetof(siginfo_t, si_fd) == offsetof(struct linux_siginfo, sifields.sigpoll.fd) &&
	       offsetof(siginfo_t, si_overrun) == offsetof(struct linux_siginfo, sifields.timer.overrun) &&
	       offsetof(siginfo_t, si_syscall) == offsetof(struct linux_siginfo, sifields.sigsys.syscall),
	       "siginfo_t fields where Linux has them");

void __glue_siginfo_from_linux(siginfo_t *si)
{
	int ks = si->si_signo;

	si->si_signo = __glue_sig_status_from_linux(ks);
	if (si->si_errno > 0)
		si->si_errno = __glue_errno_from_linux(si->si_errno);
	if (ks == LINUX_SIGCHLD && si->si_code > 0 && si->si_code != LINUX_CLD_EXITED)
		si->si_status = __glue_sig_status_from_linux(si->si_status);
}
