/*
 * <sys/wait.h>: newlib's (WNOHANG and WUNTRACED, 1 and 2 as in Linux, the
 * W* status macros, which decode Linux's status word unchanged), plus
 * what a Linux program finds there: waitid's options and id types, the
 * continued status (0xffff), WCOREDUMP, wait3, wait4, waitid. The values
 * are Linux's; the glue translates only the signal numbers inside a
 * status word or a siginfo_t.
 */
#ifndef _GLUE_SYS_WAIT_H
#define _GLUE_SYS_WAIT_H

#include_next <sys/wait.h>
#include <signal.h>
#include <linux_abi/wait.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WSTOPPED   LINUX_WSTOPPED
#define WEXITED    LINUX_WEXITED
#define WCONTINUED LINUX_WCONTINUED
#define WNOWAIT    LINUX_WNOWAIT
#define __WNOTHREAD LINUX___WNOTHREAD
#define __WALL     LINUX___WALL
#define __WCLONE   LINUX___WCLONE

#define WIFCONTINUED(w) ((w) == LINUX_W_CONTINUED)

#if __MISC_VISIBLE
#define WCOREFLAG  LINUX_WCOREFLAG
#define WCOREDUMP(w) ((w) & WCOREFLAG)
#define W_EXITCODE(ret, sig) LINUX_W_EXITCODE(ret, sig)
#define W_STOPCODE(sig) LINUX_W_STOPCODE(sig)
#endif

typedef enum {
	P_ALL = LINUX_P_ALL,
	P_PID = LINUX_P_PID,
	P_PGID = LINUX_P_PGID,
	P_PIDFD = LINUX_P_PIDFD
} idtype_t;

struct rusage;

#if __GLUE_SIGINFO
int waitid(idtype_t __type, id_t __id, siginfo_t *__info, int __options);
#endif
#if __MISC_VISIBLE
pid_t wait3(int *__status, int __options, struct rusage *__usage);
pid_t wait4(pid_t __pid, int *__status, int __options, struct rusage *__usage);
#endif

#ifdef __cplusplus
}
#endif

#endif
