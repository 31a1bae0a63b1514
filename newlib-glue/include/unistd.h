/*
 * <unistd.h>: newlib's, plus what Linux programs find there and newlib
 * does not declare: syscall() (also in <sys/syscall.h>) and gettid().
 */
#ifndef _GLUE_UNISTD_H
#define _GLUE_UNISTD_H

#include_next <unistd.h>

#ifdef __cplusplus
extern "C" {
#endif

#if __MISC_VISIBLE
long syscall(long __number, ...);
#endif
#if __GNU_VISIBLE
pid_t gettid(void);
#endif

#ifdef __cplusplus
}
#endif

#endif
