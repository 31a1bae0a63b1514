/*
 * vfork (<unistd.h>): Linux's vfork (190). The child borrows the parent's
 * memory and stack until it execs or _exits, so this touches no stack: r7
 * is kept in ip (the call may clobber neither side's saved state), and the
 * result goes to __syscall_ret, which sets errno, as musl's vfork does.
 */
	.syntax unified
	.arm
	.text
	.global vfork
	.type vfork, %function
vfork:
	mov	ip, r7
	mov	r7, #190
	svc	#0
	mov	r7, ip
	b	__syscall_ret
	.size vfork, . - vfork

	.section .note.GNU-stack, "", %progbits
