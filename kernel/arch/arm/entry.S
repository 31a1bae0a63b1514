/*
 * Exception vectors and the user/kernel boundary.
 *
 * While a thread runs in user mode, sp_svc points just past its struct
 * frame (the first member of its TCB). Every entry from user mode stores
 * the user registers there, switches to the one kernel stack and calls a C
 * handler; each handler returns the frame of the thread to run next, which
 * ret_to_user restores. The kernel is not preemptible: IRQs stay masked in
 * SVC mode (the idle loop polls with wfi).
 * An exception taken from kernel mode is a kernel bug: it is reported by
 * kernel_exception_panic() on the panic stack.
 */
#include <arch/layout.h>

	.text
	.arm
	.balign 32
	.global vectors
vectors:
	b	.               @ reset
	b	und_entry
	b	svc_entry
	b	pabt_entry
	b	dabt_entry
	b	.               @ hyp trap: unused
	b	irq_entry
	b	fiq_entry

/* Save the user frame of an exception taken in mode \mode (lr already adjusted). */
.macro save_user_frame
	srsdb	sp!, #MODE_SVC          @ pc, cpsr onto the SVC stack = the TCB frame
	cps	#MODE_SVC
	stmdb	sp, {r0-lr}^
	sub	sp, sp, #(FRAME_BYTES - 8)
	ldr	sp, =kstack_top
.endm

/* Go to the kernel-mode panic path unless the exception came from user mode. */
.macro from_user_or_panic name
	str	r0, [sp, #-4]           @ sp of the exception mode is the panic stack
	mrs	r0, spsr
	and	r0, r0, #MODE_MASK
	cmp	r0, #MODE_USR
	ldr	r0, [sp, #-4]
	bne	kernel_exception_\name
.endm

svc_entry:
	srsdb	sp!, #MODE_SVC
	stmdb	sp, {r0-lr}^
	sub	sp, sp, #(FRAME_BYTES - 8)
	ldr	r0, [sp, #FRAME_CPSR]
	tst	r0, #0xf                @ user mode has mode bits 0x10
	bne	kernel_svc
	ldr	sp, =kstack_top
	bl	handle_svc
	.global ret_to_user
ret_to_user:
	mov	sp, r0
	ldmia	sp, {r0-lr}^
	nop
	add	sp, sp, #(FRAME_BYTES - 8)
	rfeia	sp!

irq_entry:
	sub	lr, lr, #4
	save_user_frame
	bl	handle_irq
	b	ret_to_user

und_entry:
	from_user_or_panic undef
	save_user_frame
	bl	handle_undef
	b	ret_to_user

pabt_entry:
	sub	lr, lr, #4
	from_user_or_panic pabt
	save_user_frame
	bl	handle_pabt
	b	ret_to_user

dabt_entry:
	sub	lr, lr, #8
	from_user_or_panic dabt
	save_user_frame
	bl	handle_dabt
	b	ret_to_user

fiq_entry:
	b	kernel_exception_fiq

/*
 * svc from kernel mode: only a semihosting call QEMU did not take (it was
 * started without -semihosting). sp points at the frame just stored.
 */
kernel_svc:
	mov	r0, sp
	ldr	sp, =panic_stack_top
	mov	r1, #EXC_KERNEL_SVC
	bl	kernel_exception_panic
	b	.

/*
 * In the exception's mode, lr = faulting pc: build a struct frame of the
 * interrupted kernel context on the panic stack and report it.
 */
.macro kernel_exception_path name, kind
kernel_exception_\name:
	ldr	sp, =panic_stack_top
	sub	sp, sp, #FRAME_BYTES
	stmia	sp, {r0-r12}
	str	lr, [sp, #FRAME_PC]
	mrs	r1, spsr
	str	r1, [sp, #FRAME_CPSR]
	mov	r4, sp
	cps	#MODE_SVC
	str	sp, [r4, #FRAME_SP]
	str	lr, [r4, #FRAME_LR]
	mov	sp, r4
	mov	r0, r4
	mov	r1, #\kind
	bl	kernel_exception_panic
	b	.
.endm

	kernel_exception_path undef, EXC_KERNEL_UNDEF
	kernel_exception_path pabt, EXC_KERNEL_PABT
	kernel_exception_path dabt, EXC_KERNEL_DABT
	kernel_exception_path fiq, EXC_KERNEL_FIQ
