/*
 * __glue_restore: the sa_restorer of every handler the glue installs. A
 * handler without SA_SIGINFO runs on a struct sigframe, so it returns
 * through sigreturn (119), which reloads the interrupted registers from it.
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

	.section .note.GNU-stack, "", %progbits
