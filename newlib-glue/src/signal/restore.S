/*
 * The sa_restorer of every handler the glue installs (signal/sigaction.c).
 * A plain handler runs on a struct sigframe and returns through sigreturn
 * (119); an SA_SIGINFO handler runs on a struct rt_sigframe and returns
 * through rt_sigreturn (173). Each reloads the interrupted registers and
 * mask from the frame at sp.
 */
	.syntax unified
	.arm
	.text
	.align	2
	.globl	__glue_restore
	.type	__glue_restore, %function
__glue_restore:
	.fnstart
	.cantunwind
	mov	r7, #119
	svc	#0
	udf	#0
	.fnend
	.size	__glue_restore, . - __glue_restore

	.align	2
	.globl	__glue_restore_rt
	.type	__glue_restore_rt, %function
__glue_restore_rt:
	.fnstart
	.cantunwind
	mov	r7, #173
	svc	#0
	udf	#0
	.fnend
	.size	__glue_restore_rt, . - __glue_restore_rt

	.section .note.GNU-stack, "", %progbits
