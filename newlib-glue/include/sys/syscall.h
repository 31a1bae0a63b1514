/*
 * <sys/syscall.h> (newlib has none): the Linux ARM EABI call numbers,
 * __NR_x and SYS_x, generated from personality/syscall.tbl into
 * <bits/syscall.h> in the build directory, and syscall() itself (also
 * declared by the glue's <unistd.h>, as in glibc).
 */
#ifndef _SYS_SYSCALL_H
#define _SYS_SYSCALL_H

#include <bits/syscall.h>

#ifdef __cplusplus
extern "C" {
#endif

long syscall(long __number, ...);

#ifdef __cplusplus
}
#endif

#endif
