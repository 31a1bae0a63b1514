/*
 * Server entry: the creator set sp and r0 (mm0: the boot-info address for
 * itself, its own tid for the servers it starts). main() does not return;
 * if it does, the thread stops itself.
 */
	.section .text.start, "ax"
	.arm
	.global _start
_start:
	mov	fp, #0
	bl	main
	mrc	p15, 0, r1, c13, c0, 3  @ utcb
	ldr	r1, [r1, #256]          @ utcb->tid
	mov	r0, #2                  @ TC_SUSPEND
	mov	r7, #2                  @ NR_THREAD_CONTROL
	svc	#0
	b	.
