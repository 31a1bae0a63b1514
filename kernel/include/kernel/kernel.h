/*
 * Things every kernel file needs: types, printk, panic, assertions and the
 * tunables of the kernel.
 */
#ifndef KERNEL_KERNEL_H
#define KERNEL_KERNEL_H

#include <persona/types.h>
#include <persona/errno.h>
#include <string.h>

#define likely(x)       __builtin_expect(!!(x), 1)
#define unlikely(x)     __builtin_expect(!!(x), 0)
#define ARRAY_SIZE(a)   (sizeof(a) / sizeof((a)[0]))
#define ALIGN_UP(x, a)  (((x) + (a) - 1) & ~((a) - 1))
#define ALIGN_DOWN(x, a) ((x) & ~((a) - 1))
#define MIN(a, b)       ((a) < (b) ? (a) : (b))
#define MAX(a, b)       ((a) > (b) ? (a) : (b))

/* Tunables */
#define TIMESLICE_US            10000u  /* round-robin slice among equal priorities */
#define CPU_SAMPLE_US           1000u   /* CPU time: the running thread is charged per sample */
#define KPOOL_MIN_BYTES         (4u << 20)
#define KPOOL_RAM_SHIFT         5       /* pool = RAM / 32, at least KPOOL_MIN_BYTES */
#define ROOT_PRIO               24u     /* mm0 */

void printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void console_write(const char *s, size_t len);

/* Broken invariant: print why, the registers and the current thread, end QEMU. */
void panic(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

/* Ends QEMU with the given exit status (semihosting, PSCI as a fallback). */
void system_poweroff(u32 status) __attribute__((noreturn));

/* Files on the host, through semihosting: -errno or a handle / byte count. */
long host_open(const char *name, u32 len, u32 mode);
long host_read(u32 handle, void *buf, u32 len);
long host_write(u32 handle, const void *buf, u32 len);
long host_close(u32 handle);

#define BUG_ON(cond) \
	do { if (unlikely(cond)) panic("BUG_ON(%s) at %s:%d", #cond, __FILE__, __LINE__); } while (0)

#ifdef DEBUG
/* seL4's userError(): why a native call was refused, debug builds only. */
#define user_error(...) printk("[kernel] " __VA_ARGS__)
#else
#define user_error(...) do { } while (0)
#endif

#define PANIC_EXIT_STATUS 3u

#endif
