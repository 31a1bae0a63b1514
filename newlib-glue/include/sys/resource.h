/*
 * <sys/resource.h>: newlib's (getrusage and a two-field struct rusage),
 * plus resource limits and priorities with Linux's numbers. rlim_t is
 * 64-bit, as in musl, so limits travel through prlimit64 untruncated.
 */
#ifndef _GLUE_SYS_RESOURCE_H
#define _GLUE_SYS_RESOURCE_H

#include_next <sys/resource.h>
#include <sys/types.h>
#include <linux_abi/resource.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned long long rlim_t;

#define RLIM_INFINITY  (~0ULL)
#define RLIM_SAVED_CUR RLIM_INFINITY
#define RLIM_SAVED_MAX RLIM_INFINITY

struct rlimit {
	rlim_t rlim_cur;
	rlim_t rlim_max;
};

#define RLIMIT_CPU        LINUX_RLIMIT_CPU
#define RLIMIT_FSIZE      LINUX_RLIMIT_FSIZE
#define RLIMIT_DATA       LINUX_RLIMIT_DATA
#define RLIMIT_STACK      LINUX_RLIMIT_STACK
#define RLIMIT_CORE       LINUX_RLIMIT_CORE
#define RLIMIT_RSS        LINUX_RLIMIT_RSS
#define RLIMIT_NPROC      LINUX_RLIMIT_NPROC
#define RLIMIT_NOFILE     LINUX_RLIMIT_NOFILE
#define RLIMIT_MEMLOCK    LINUX_RLIMIT_MEMLOCK
#define RLIMIT_AS         LINUX_RLIMIT_AS
#define RLIMIT_LOCKS      LINUX_RLIMIT_LOCKS
#define RLIMIT_SIGPENDING LINUX_RLIMIT_SIGPENDING
#define RLIMIT_MSGQUEUE   LINUX_RLIMIT_MSGQUEUE
#define RLIMIT_NICE       LINUX_RLIMIT_NICE
#define RLIMIT_RTPRIO     LINUX_RLIMIT_RTPRIO
#define RLIMIT_RTTIME     LINUX_RLIMIT_RTTIME
#define RLIMIT_NLIMITS    LINUX_RLIM_NLIMITS
#define RLIM_NLIMITS      RLIMIT_NLIMITS

#define PRIO_PROCESS LINUX_PRIO_PROCESS
#define PRIO_PGRP    LINUX_PRIO_PGRP
#define PRIO_USER    LINUX_PRIO_USER
#define PRIO_MIN     LINUX_PRIO_MIN
#define PRIO_MAX     LINUX_PRIO_MAX

int getrlimit(int __resource, struct rlimit *__rl);
int setrlimit(int __resource, const struct rlimit *__rl);
#if __GNU_VISIBLE
int prlimit(pid_t __pid, int __resource, const struct rlimit *__new, struct rlimit *__old);
#endif
int getpriority(int __which, id_t __who);
int setpriority(int __which, id_t __who, int __prio);

#ifdef __cplusplus
}
#endif

#endif
