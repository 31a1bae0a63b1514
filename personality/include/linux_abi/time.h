/*
 * Linux time types for 32-bit ARM: the 64-bit ones used by the *_time64
 * calls (403-423) and the old 32-bit ones used by the original calls
 * (nanosleep 162, clock_gettime 263, gettimeofday 78, ...), clock ids,
 * timer flags and struct tms.
 *
 * Names: linux_timespec64 is the kernel's __kernel_timespec; linux_timeval
 * is __kernel_old_timeval, whose fields are 32-bit `long` on ARM.
 */
#ifndef PERSONALITY_LINUX_ABI_TIME_H
#define PERSONALITY_LINUX_ABI_TIME_H

#include <stdint.h>

/* 16 bytes; tv_nsec is 64-bit too (the kernel ignores its upper half for 32-bit callers). */
struct linux_timespec64 {
	int64_t tv_sec;
	int64_t tv_nsec;
};

/* 8 bytes: struct timespec of the original 32-bit calls. */
struct linux_old_timespec32 {
	int32_t tv_sec;
	int32_t tv_nsec;
};

/* 8 bytes (gettimeofday, settimeofday, select, utimes, rusage, itimerval). */
struct linux_timeval {
	int32_t tv_sec;
	int32_t tv_usec;
};

struct linux_timezone {
	int32_t tz_minuteswest;
	int32_t tz_dsttime;
};

/* timer_settime64, timerfd_settime64: 32 bytes */
struct linux_itimerspec64 {
	struct linux_timespec64 it_interval;
	struct linux_timespec64 it_value;
};

/* timer_settime, timerfd_settime (old): 16 bytes */
struct linux_old_itimerspec32 {
	struct linux_old_timespec32 it_interval;
	struct linux_old_timespec32 it_value;
};

/* setitimer/getitimer: 16 bytes */
struct linux_itimerval {
	struct linux_timeval it_interval;
	struct linux_timeval it_value;
};

/* times(2): clock_t is 32-bit long; 16 bytes */
struct linux_tms {
	int32_t tms_utime;
	int32_t tms_stime;
	int32_t tms_cutime;
	int32_t tms_cstime;
};

/* clock ids (include/uapi/linux/time.h) */
#define LINUX_CLOCK_REALTIME           0
#define LINUX_CLOCK_MONOTONIC          1
#define LINUX_CLOCK_PROCESS_CPUTIME_ID 2
#define LINUX_CLOCK_THREAD_CPUTIME_ID  3
#define LINUX_CLOCK_MONOTONIC_RAW      4
#define LINUX_CLOCK_REALTIME_COARSE    5
#define LINUX_CLOCK_MONOTONIC_COARSE   6
#define LINUX_CLOCK_BOOTTIME           7
#define LINUX_CLOCK_REALTIME_ALARM     8
#define LINUX_CLOCK_BOOTTIME_ALARM     9
#define LINUX_CLOCK_TAI                11
#define LINUX_MAX_CLOCKS               16

/* clock_nanosleep / timer_settime flags */
#define LINUX_TIMER_ABSTIME 0x01

/* setitimer/getitimer which */
#define LINUX_ITIMER_REAL    0
#define LINUX_ITIMER_VIRTUAL 1
#define LINUX_ITIMER_PROF    2

/* times() and AT_CLKTCK count in USER_HZ ticks: 100 (asm-generic/param.h HZ). */
#define LINUX_USER_HZ 100

#endif
