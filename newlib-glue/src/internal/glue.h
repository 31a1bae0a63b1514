/*
 * newlib-glue internals: what the public functions share. Everything here
 * is newlib's view on one side and Linux's on the other; the Linux side
 * always comes from personality/include/linux_abi (LINUX_-prefixed, so it
 * sits next to newlib's headers without clashes).
 *
 * Conventions (musl's): a helper named __glue_*_raw returns a raw result
 * (>= 0 or -Linux errno) and never touches errno; public functions finish
 * with __syscall_ret(), the one place errno is set. An error the glue finds
 * itself is reported the same way: return __syscall_ret(-LINUX_EINVAL).
 */
#ifndef GLUE_GLUE_H
#define GLUE_GLUE_H

#include <stdint.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <linux_abi/all.h>
#include "syscall.h"

/* errno/syscall_ret.c: newlib's errno for a (positive) Linux errno */
int __glue_errno_from_linux(int linux_errno);

/* crt/start.c: the auxiliary vector the process started with */
extern const struct linux_auxv *__glue_auxv;
/* its value for type, or dflt if absent */
unsigned long __glue_auxval(unsigned long type, unsigned long dflt);

/* internal/oflags.c: newlib O_* <-> Linux O_* (access mode and every flag newlib names) */
int __glue_oflags_to_linux(int flags);
int __glue_oflags_from_linux(int flags);

/*
 * internal/atflags.c: newlib's AT_FDCWD (-2) and AT_* flag bits differ from
 * Linux's. __glue_atflags returns -1 for a bit newlib does not define.
 */
int __glue_dirfd(int dirfd);
int __glue_atflags(int flags);

/* internal/clockid.c: newlib CLOCK_* -> Linux CLOCK_* (other values pass unchanged) */
int __glue_clockid(clockid_t id);

/* internal/timespec.c: 64-bit time in both directions, 32-bit for the old calls */
void __glue_ts_to_linux(struct linux_timespec64 *k, const struct timespec *ts);
void __glue_ts_from_linux(struct timespec *ts, const struct linux_timespec64 *k);
/* -LINUX_EOVERFLOW if ts->tv_sec does not fit the old 32-bit calls */
long __glue_ts_to_old_raw(struct linux_old_timespec32 *k, const struct timespec *ts);
/* raw clock_gettime64, falling back to clock_gettime (263) on -ENOSYS; Linux clock id */
long __glue_clock_gettime_raw(int linux_clock, struct timespec *ts);
/* raw clock_nanosleep_time64 / clock_nanosleep; Linux clock id and flags */
long __glue_clock_nanosleep_raw(int linux_clock, int linux_flags, const struct timespec *req,
				struct timespec *rem);

/*
 * internal/sigmap.c: newlib numbers its signals like BSD (SIGUSR1 30,
 * SIGCHLD 20, SIGBUS 10, ...), Linux does not. 0 means "no counterpart".
 * A newlib sigset_t is one word with signal n at bit n; a Linux one has
 * signal n at bit n - 1 of 64.
 */
int __glue_sig_to_linux(int sig);
int __glue_sig_from_linux(int linux_sig);
void __glue_sigset_to_linux(linux_sigset_t *k, const sigset_t *set);
void __glue_sigset_from_linux(sigset_t *set, const linux_sigset_t *k);
/*
 * A signal a status reports (wait4's status word, si_status): newlib's
 * number, or NSIG + linux_sig for one newlib cannot name (Linux's
 * SIGSTKFLT and real-time signals), so that a status never turns into a
 * different signal, or into an exit, for want of a name.
 */
int __glue_sig_status_from_linux(int linux_sig);
/* the status word of wait4 with the signal numbers translated */
int __glue_wstatus_from_linux(int status);
/*
 * internal/siginfo.c: a siginfo_t the kernel filled (Linux's layout is the
 * glue's) made newlib's: si_signo, si_errno, and si_status when it holds
 * a signal (SIGCHLD other than CLD_EXITED).
 */
void __glue_siginfo_from_linux(siginfo_t *si);

/* internal/rusage.c: Linux's struct rusage into newlib's (only the two times) */
struct rusage;
void __glue_rusage_from_linux(struct rusage *ru, const struct linux_rusage *k);

/* signal/sigprocmask_raw.c: rt_sigprocmask with newlib's how and sets; the raw result */
long __glue_sigprocmask_raw(int how, const sigset_t *set, sigset_t *oset);

/*
 * signal/sigtimedwait_raw.c: rt_sigtimedwait_time64 (421), or
 * rt_sigtimedwait (177) when that is -ENOSYS. Linux's set; the raw result
 * (Linux's signal number); si is filled as the kernel left it.
 */
long __glue_sigtimedwait_raw(const linux_sigset_t *set, siginfo_t *si, const struct timespec *ts);

/*
 * stat/fstatat_raw.c: statx, or fstatat64 where statx is -ENOSYS, into
 * newlib's struct stat. dirfd and flags are Linux's.
 */
long __glue_fstatat_raw(int dirfd, const char *path, struct stat *st, int flags);

/* unistd/ttyname_raw.c: fd's terminal name into name (size bytes); 0 or -errno */
long __glue_ttyname_raw(int fd, char *name, size_t size);

#endif
