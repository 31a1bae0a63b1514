/*
 * _start: the entry of a Linux ELF executable. The kernel (or qemu-arm, or
 * Persona's mm0) leaves sp pointing at argc, followed by argv[], NULL,
 * envp[], NULL and the auxiliary vector; every other register is
 * unspecified. Clear fp and lr so that backtraces end here, keep sp
 * 8-byte aligned for the AAPCS, and hand the stack pointer to
 * __glue_start_c (crt/start.c), which never returns.
 *
 * ARM code, like the rest of the glue; the program may be Thumb.
 */
	.syntax unified
	.arm
	.text
	.align	2
	.globl	_start
	.type	_start, %function
_start:
	.fnstart
	.cantunwind
	mov	fp, #0
	mov	lr, #0
	mov	r0, sp
	bic	sp, sp, #15
	bl	__glue_start_c
	udf	#0
	.fnend
	.size	_start, . - _start

	.section .note.GNU-stack, "", %progbits
