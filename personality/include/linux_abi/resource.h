/*
 * Resource limits and usage on 32-bit ARM (include/uapi/linux/resource.h,
 * asm-generic/resource.h): struct rlimit of ugetrlimit (191)/setrlimit (75)
 * with 32-bit words, struct rlimit64 of prlimit64 (369), struct rusage of
 * getrusage (77) and wait4 (114), and the priority selectors.
 */
#ifndef PERSONALITY_LINUX_ABI_RESOURCE_H
#define PERSONALITY_LINUX_ABI_RESOURCE_H

#include <stdint.h>
#include "time.h"

#define LINUX_RLIMIT_CPU        0
#define LINUX_RLIMIT_FSIZE      1
#define LINUX_RLIMIT_DATA       2
#define LINUX_RLIMIT_STACK      3
#define LINUX_RLIMIT_CORE       4
#define LINUX_RLIMIT_RSS        5
#define LINUX_RLIMIT_NPROC      6
#define LINUX_RLIMIT_NOFILE     7
#define LINUX_RLIMIT_MEMLOCK    8
#define LINUX_RLIMIT_AS         9
#define LINUX_RLIMIT_LOCKS      10
#define LINUX_RLIMIT_SIGPENDING 11
#define LINUX_RLIMIT_MSGQUEUE   12
#define LINUX_RLIMIT_NICE       13
#define LINUX_RLIMIT_RTPRIO     14
#define LINUX_RLIMIT_RTTIME     15
#define LINUX_RLIM_NLIMITS      16

/* ~0UL with a 32-bit long */
#define LINUX_RLIM_INFINITY   0xffffffffU
#define LINUX_RLIM64_INFINITY 0xffffffffffffffffULL

/* 8 bytes */
struct linux_rlimit {
	uint32_t rlim_cur;
	uint32_t rlim_max;
};

/* 16 bytes */
struct linux_rlimit64 {
	uint64_t rlim_cur;
	uint64_t rlim_max;
};

#define LINUX_RUSAGE_SELF     0
#define LINUX_RUSAGE_CHILDREN (-1)
#define LINUX_RUSAGE_THREAD   1

/* 72 bytes: two 8-byte timevals and fourteen 32-bit longs */
struct linux_rusage {
	struct linux_timeval ru_utime;
	struct linux_timeval ru_stime;
	int32_t ru_maxrss;
	int32_t ru_ixrss;
	int32_t ru_idrss;
	int32_t ru_isrss;
	int32_t ru_minflt;
	int32_t ru_majflt;
	int32_t ru_nswap;
	int32_t ru_inblock;
	int32_t ru_oublock;
	int32_t ru_msgsnd;
	int32_t ru_msgrcv;
	int32_t ru_nsignals;
	int32_t ru_nvcsw;
	int32_t ru_nivcsw;
};

/* getpriority/setpriority which */
#define LINUX_PRIO_PROCESS 0
#define LINUX_PRIO_PGRP    1
#define LINUX_PRIO_USER    2
#define LINUX_PRIO_MIN     (-20)
#define LINUX_PRIO_MAX     20

#endif
