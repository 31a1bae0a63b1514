/*
 * The Linux ARM EABI user ABI, all of it: include this or single subjects.
 *
 * Rules every header here keeps, so that they can be included next to
 * newlib's headers (which define their own O_CREAT, errno values, struct stat
 * and a few field-name macros such as st_atime and sa_handler):
 *   - every constant or macro is LINUX_ + Linux's own name
 *     (LINUX_O_CREAT, LINUX_EFAULT, LINUX__IOR, LINUX___WALL);
 *   - every struct is struct linux_<name>, every typedef linux_<Linux's
 *     name> (linux_sigset_t, linux_stack_t, linux_fd_set);
 *   - fields keep Linux's names less leading underscores (reserved to the
 *     C library: newlib defines __unused), except where newlib #defines the
 *     name (st_atime -> st_atime_sec; struct linux_sigaction says handler,
 *     flags, restorer, mask) or a name hides the meaning (stat64's
 *     __st_ino -> st_ino_low);
 *   - only <stdint.h> fixed-width types, pointers and longs as 32-bit words,
 *     so the layouts are the same with arm-none-eabi-gcc (servers, newlib
 *     programs) and with a 64-bit host gcc (unit tests); C11 (one anonymous
 *     union in struct linux_siginfo) plus GCC attributes for alignment;
 *   - sizes and offsets are checked by personality/abi_check.c at build time.
 * The system call numbers are generated: see syscall_nr.h in
 * build/<board>/personality/.
 */
#ifndef PERSONALITY_LINUX_ABI_ALL_H
#define PERSONALITY_LINUX_ABI_ALL_H

#include "auxv.h"
#include "dirent.h"
#include "errno.h"
#include "fcntl.h"
#include "futex.h"
#include "ioctl.h"
#include "limits.h"
#include "mman.h"
#include "poll.h"
#include "random.h"
#include "resource.h"
#include "sched.h"
#include "sigcontext.h"
#include "signal.h"
#include "stat.h"
#include "sysinfo.h"
#include "termios.h"
#include "time.h"
#include "uio.h"
#include "utsname.h"
#include "wait.h"

#endif
