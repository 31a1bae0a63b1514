/*
 * <sys/signal.h>: newlib's, with the two definitions it cannot give a
 * Linux program replaced, and what it leaves out added.
 *
 * newlib gives struct sigaction its sa_sigaction member only on RTEMS, and
 * its siginfo_t is three fields where Linux has a 128-byte record. Both are
 * fixed types in newlib's header, so they are renamed out of the way while
 * it is read (struct __newlib_sigaction, __newlib_siginfo_t, and the
 * declarations using them), then defined here under their real names:
 *
 *   struct sigaction  musl's and glibc's shape: sa_handler and sa_sigaction
 *                     share a union (both names are macros into it), then
 *                     sa_mask and sa_flags. newlib's libc.a has no code
 *                     using the struct, and its layout is newlib's anyway
 *                     (handler, mask, flags: 12 bytes; checked in
 *                     signal/sigaction.c).
 *   siginfo_t         Linux's layout exactly (asm-generic/siginfo.h for
 *                     32-bit ARM), so waitid and sigtimedwait let the kernel
 *                     write it; the glue then puts newlib's numbers into
 *                     si_signo, si_errno and a signal in si_status.
 *
 * The si_code values are Linux's too (newlib's SI_USER is 1, Linux's 0):
 * the glue passes si_code through. The glue's <signal.h> includes this
 * header first, so the renaming is over before anything else is declared;
 * newlib's <sys/signal.h> itself ends by including <signal.h>, whose
 * declarations do not use the renamed names.
 */
#ifndef _GLUE_SYS_SIGNAL_H
#define _GLUE_SYS_SIGNAL_H

#define sigaction    __newlib_sigaction
#define siginfo_t    __newlib_siginfo_t
#define sigwaitinfo  __newlib_sigwaitinfo
#define sigtimedwait __newlib_sigtimedwait
#include_next <sys/signal.h>
#undef sigaction
#undef siginfo_t
#undef sigwaitinfo
#undef sigtimedwait

#include <linux_abi/signal.h>

#ifdef __cplusplus
extern "C" {
#endif

/* where newlib defines union sigval and its siginfo_t, the glue defines its siginfo_t */
#if defined(_POSIX_REALTIME_SIGNALS) || __POSIX_VISIBLE >= 199309
#define __GLUE_SIGINFO 1
#else
#define __GLUE_SIGINFO 0
#endif

#if __GLUE_SIGINFO
typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	union {
		int __pad[29];
		struct {
			union {
				struct {
					pid_t si_pid;
					unsigned int si_uid;    /* Linux's 32 bits; newlib's uid_t has 16 */
				} __piduid;
				struct {
					int si_timerid;
					int si_overrun;
				} __timer;
			} __first;
			union {
				union sigval si_value;
				struct {
					int si_status;
					clock_t si_utime;
					clock_t si_stime;
				} __sigchld;
			} __second;
		} __si_common;
		struct {
			void *si_addr;
			short si_addr_lsb;
		} __sigfault;
		struct {
			long si_band;
			int si_fd;
		} __sigpoll;
		struct {
			void *si_call_addr;
			int si_syscall;
			unsigned int si_arch;
		} __sigsys;
	} __si_fields;
} siginfo_t;

#define si_pid       __si_fields.__si_common.__first.__piduid.si_pid
#define si_uid       __si_fields.__si_common.__first.__piduid.si_uid
#define si_timerid   __si_fields.__si_common.__first.__timer.si_timerid
#define si_overrun   __si_fields.__si_common.__first.__timer.si_overrun
#define si_value     __si_fields.__si_common.__second.si_value
#define si_int       si_value.sival_int
#define si_ptr       si_value.sival_ptr
#define si_status    __si_fields.__si_common.__second.__sigchld.si_status
#define si_utime     __si_fields.__si_common.__second.__sigchld.si_utime
#define si_stime     __si_fields.__si_common.__second.__sigchld.si_stime
#define si_addr      __si_fields.__sigfault.si_addr
#define si_addr_lsb  __si_fields.__sigfault.si_addr_lsb
#define si_band      __si_fields.__sigpoll.si_band
#define si_fd        __si_fields.__sigpoll.si_fd
#define si_call_addr __si_fields.__sigsys.si_call_addr
#define si_syscall   __si_fields.__sigsys.si_syscall
#define si_arch      __si_fields.__sigsys.si_arch
#endif

struct sigaction {
	union {
		_sig_func_ptr sa_handler;
#if __GLUE_SIGINFO
		void (*sa_sigaction)(int, siginfo_t *, void *);
#endif
	} __sa_handler;
	sigset_t sa_mask;
	int sa_flags;
};

#define sa_handler   __sa_handler.sa_handler
#if __GLUE_SIGINFO
#define sa_sigaction __sa_handler.sa_sigaction
#endif

#if __POSIX_VISIBLE
int sigaction(int __sig, const struct sigaction *__restrict __act,
	      struct sigaction *__restrict __oact);
#endif

/* sa_flags (newlib names only SA_NOCLDSTOP, 1 as in Linux): Linux's values */
#define SA_NOCLDWAIT LINUX_SA_NOCLDWAIT
#define SA_SIGINFO   LINUX_SA_SIGINFO
#define SA_ONSTACK   LINUX_SA_ONSTACK
#define SA_RESTART   LINUX_SA_RESTART
#define SA_NODEFER   LINUX_SA_NODEFER
#define SA_RESETHAND LINUX_SA_RESETHAND
#if __MISC_VISIBLE
#define SA_NOMASK    SA_NODEFER
#define SA_ONESHOT   SA_RESETHAND
#endif

#if __GLUE_SIGINFO
/* si_code: Linux's values in place of newlib's */
#undef SI_USER
#undef SI_QUEUE
#undef SI_TIMER
#undef SI_ASYNCIO
#undef SI_MESGQ
#define SI_USER      LINUX_SI_USER
#define SI_KERNEL    LINUX_SI_KERNEL
#define SI_QUEUE     LINUX_SI_QUEUE
#define SI_TIMER     LINUX_SI_TIMER
#define SI_MESGQ     LINUX_SI_MESGQ
#define SI_ASYNCIO   LINUX_SI_ASYNCIO
#define SI_SIGIO     LINUX_SI_SIGIO
#define SI_TKILL     LINUX_SI_TKILL
#define SI_ASYNCNL   LINUX_SI_ASYNCNL

#define ILL_ILLOPC   LINUX_ILL_ILLOPC
#define ILL_ILLOPN   LINUX_ILL_ILLOPN
#define ILL_ILLADR   LINUX_ILL_ILLADR
#define ILL_ILLTRP   LINUX_ILL_ILLTRP
#define ILL_PRVOPC   LINUX_ILL_PRVOPC
#define ILL_PRVREG   LINUX_ILL_PRVREG
#define ILL_COPROC   LINUX_ILL_COPROC
#define ILL_BADSTK   LINUX_ILL_BADSTK

#define FPE_INTDIV   LINUX_FPE_INTDIV
#define FPE_INTOVF   LINUX_FPE_INTOVF
#define FPE_FLTDIV   LINUX_FPE_FLTDIV
#define FPE_FLTOVF   LINUX_FPE_FLTOVF
#define FPE_FLTUND   LINUX_FPE_FLTUND
#define FPE_FLTRES   LINUX_FPE_FLTRES
#define FPE_FLTINV   LINUX_FPE_FLTINV
#define FPE_FLTSUB   LINUX_FPE_FLTSUB

#define SEGV_MAPERR  LINUX_SEGV_MAPERR
#define SEGV_ACCERR  LINUX_SEGV_ACCERR
#define SEGV_BNDERR  LINUX_SEGV_BNDERR
#define SEGV_PKUERR  LINUX_SEGV_PKUERR

#define BUS_ADRALN   LINUX_BUS_ADRALN
#define BUS_ADRERR   LINUX_BUS_ADRERR
#define BUS_OBJERR   LINUX_BUS_OBJERR
#define BUS_MCEERR_AR LINUX_BUS_MCEERR_AR
#define BUS_MCEERR_AO LINUX_BUS_MCEERR_AO

#define TRAP_BRKPT   LINUX_TRAP_BRKPT
#define TRAP_TRACE   LINUX_TRAP_TRACE
#define TRAP_BRANCH  LINUX_TRAP_BRANCH
#define TRAP_HWBKPT  LINUX_TRAP_HWBKPT

#define CLD_EXITED    LINUX_CLD_EXITED
#define CLD_KILLED    LINUX_CLD_KILLED
#define CLD_DUMPED    LINUX_CLD_DUMPED
#define CLD_TRAPPED   LINUX_CLD_TRAPPED
#define CLD_STOPPED   LINUX_CLD_STOPPED
#define CLD_CONTINUED LINUX_CLD_CONTINUED

#define POLL_IN      LINUX_POLL_IN
#define POLL_OUT     LINUX_POLL_OUT
#define POLL_MSG     LINUX_POLL_MSG
#define POLL_ERR     LINUX_POLL_ERR
#define POLL_PRI     LINUX_POLL_PRI
#define POLL_HUP     LINUX_POLL_HUP

int sigwaitinfo(const sigset_t *__restrict __set, siginfo_t *__restrict __info);
int sigtimedwait(const sigset_t *__restrict __set, siginfo_t *__restrict __info,
		 const struct timespec *__restrict __timeout);
#if __POSIX_VISIBLE >= 200809
void psiginfo(const siginfo_t *__info, const char *__message);
#endif
#endif

#ifdef __cplusplus
}
#endif

#endif
