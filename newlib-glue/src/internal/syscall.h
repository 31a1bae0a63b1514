/*
 * The raw Linux ARM EABI system call: svc #0 with the call number in r7 and
 * up to six arguments in r0-r5; the result comes back in r0, a negative
 * Linux errno (-4095..-1) on failure.
 *
 *   __syscall(SYS_x, a, b, ...)  the raw result; nothing else is touched
 *   syscall(...) in misc/syscall.c and __syscall_ret() (errno/) turn a raw
 *   result into -1 and errno, in newlib's numbering — the only place errno
 *   is set.
 *
 * The glue is compiled as ARM code (-marm): in Thumb code r7 is the frame
 * pointer and could not be bound to the call number.
 *
 * 64-bit arguments take two registers, low word first, and start at an
 * even register (EABI): __SYSCALL_LL_E(x) passes one where that already
 * holds, __SYSCALL_LL_O(x) adds the padding word first (pread64,
 * ftruncate64, truncate64).
 */
#ifndef GLUE_SYSCALL_H
#define GLUE_SYSCALL_H

#ifndef __ARM_EABI__
#error "newlib-glue issues Linux ARM EABI system calls"
#endif
#ifdef __thumb__
#error "compile newlib-glue with -marm: Thumb code uses r7 as its frame pointer"
#endif

#include "syscall_nr.h"

#define __SYSCALL_LL_E(x) ((long)(unsigned long long)(x)), ((long)((unsigned long long)(x) >> 32))
#define __SYSCALL_LL_O(x) 0, __SYSCALL_LL_E(x)

#define __scc(x) ((long)(x))

#define __asm_syscall(...) do { \
	__asm__ __volatile__("svc 0" : "=r"(r0) : __VA_ARGS__ : "memory"); \
	return r0; \
} while (0)

static inline long __syscall0(long n)
{
	register long r7 __asm__("r7") = n;
	register long r0 __asm__("r0");
	__asm_syscall("r"(r7));
}

static inline long __syscall1(long n, long a)
{
	register long r7 __asm__("r7") = n;
	register long r0 __asm__("r0") = a;
	__asm_syscall("r"(r7), "0"(r0));
}

static inline long __syscall2(long n, long a, long b)
{
	register long r7 __asm__("r7") = n;
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	__asm_syscall("r"(r7), "0"(r0), "r"(r1));
}

static inline long __syscall3(long n, long a, long b, long c)
{
	register long r7 __asm__("r7") = n;
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	__asm_syscall("r"(r7), "0"(r0), "r"(r1), "r"(r2));
}

static inline long __syscall4(long n, long a, long b, long c, long d)
{
	register long r7 __asm__("r7") = n;
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	register long r3 __asm__("r3") = d;
	__asm_syscall("r"(r7), "0"(r0), "r"(r1), "r"(r2), "r"(r3));
}

static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{
	register long r7 __asm__("r7") = n;
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	register long r3 __asm__("r3") = d;
	register long r4 __asm__("r4") = e;
	__asm_syscall("r"(r7), "0"(r0), "r"(r1), "r"(r2), "r"(r3), "r"(r4));
}

static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	register long r7 __asm__("r7") = n;
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	register long r3 __asm__("r3") = d;
	register long r4 __asm__("r4") = e;
	register long r5 __asm__("r5") = f;
	__asm_syscall("r"(r7), "0"(r0), "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5));
}

/* __syscall(n, args...): pick __syscallN by the number of arguments, casting each to long. */
#define __syscall0_(n)                 __syscall0(n)
#define __syscall1_(n, a)              __syscall1(n, __scc(a))
#define __syscall2_(n, a, b)           __syscall2(n, __scc(a), __scc(b))
#define __syscall3_(n, a, b, c)        __syscall3(n, __scc(a), __scc(b), __scc(c))
#define __syscall4_(n, a, b, c, d)     __syscall4(n, __scc(a), __scc(b), __scc(c), __scc(d))
#define __syscall5_(n, a, b, c, d, e)  __syscall5(n, __scc(a), __scc(b), __scc(c), __scc(d), __scc(e))
#define __syscall6_(n, a, b, c, d, e, f) \
	__syscall6(n, __scc(a), __scc(b), __scc(c), __scc(d), __scc(e), __scc(f))

#define __SYSCALL_NARGS_X(a, b, c, d, e, f, g, n, ...) n
#define __SYSCALL_NARGS(...) __SYSCALL_NARGS_X(__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0, )
#define __SYSCALL_CONCAT_X(a, b) a##b
#define __SYSCALL_CONCAT(a, b) __SYSCALL_CONCAT_X(a, b)
#define __SYSCALL_DISP(b, ...) __SYSCALL_CONCAT(b, __SYSCALL_NARGS(__VA_ARGS__))(__VA_ARGS__)

/* The macro arguments count the call number too: NARGS(n, a) is 1. */
#define __syscall(...) __SYSCALL_DISP(__syscall_n, __VA_ARGS__)
#define __syscall_n0(n)                     __syscall0_(n)
#define __syscall_n1(n, a)                  __syscall1_(n, a)
#define __syscall_n2(n, a, b)               __syscall2_(n, a, b)
#define __syscall_n3(n, a, b, c)            __syscall3_(n, a, b, c)
#define __syscall_n4(n, a, b, c, d)         __syscall4_(n, a, b, c, d)
#define __syscall_n5(n, a, b, c, d, e)      __syscall5_(n, a, b, c, d, e)
#define __syscall_n6(n, a, b, c, d, e, f)   __syscall6_(n, a, b, c, d, e, f)

/* raw result -> -1 and errno, or the result (errno/syscall_ret.c) */
long __syscall_ret(unsigned long r);

/* a raw call, then __syscall_ret */
#define __sys_ret(...) __syscall_ret(__syscall(__VA_ARGS__))

#endif
