/*
 * lt_raw.h: what tests that bypass the C library share, written once.
 *
 *   restorer, rt_restorer  a handler's return, as a C library's sa_restorer
 *                          is: sigreturn (119) and rt_sigreturn (173), for
 *                          handlers installed with the raw rt_sigaction
 *                          and SA_RESTORER
 *   raw_clone              clone(flags, stack, ptid, tls, ctid) (120); the
 *                          child runs fn(arg) on the stack given (16-byte
 *                          aligned down; 0: a copy of the caller's) and
 *                          exits with its value, as musl's __clone does;
 *                          the pid or -errno
 */
#ifndef LT_RAW_H
#define LT_RAW_H

#include <sys/types.h>

__attribute__((naked, unused)) static void restorer(void)
{
	__asm__ volatile("mov r7, #119\n\tsvc #0");
}

__attribute__((naked, unused)) static void rt_restorer(void)
{
	__asm__ volatile("mov r7, #173\n\tsvc #0");
}

long raw_clone(int (*fn)(void *), void *stack, unsigned flags, void *arg, pid_t *ptid, void *tls,
	       pid_t *ctid);
__asm__(".text\n"
	".arm\n"
	".align 2\n"
	".type raw_clone, %function\n"
	"raw_clone:\n"
	"	stmfd sp!, {r4, r5, r6, r7}\n"
	"	mov r7, #120\n"
	"	mov r6, r3\n"
	"	mov r5, r0\n"
	"	mov r0, r2\n"
	"	and r1, r1, #-16\n"
	"	ldr r2, [sp, #16]\n"
	"	ldr r3, [sp, #20]\n"
	"	ldr r4, [sp, #24]\n"
	"	svc #0\n"
	"	tst r0, r0\n"
	"	beq 1f\n"
	"	ldmfd sp!, {r4, r5, r6, r7}\n"
	"	bx lr\n"
	"1:	mov r0, r6\n"
	"	blx r5\n"
	"2:	mov r7, #1\n"
	"	svc #0\n"
	"	b 2b\n"
	".size raw_clone, .-raw_clone\n");

#endif
