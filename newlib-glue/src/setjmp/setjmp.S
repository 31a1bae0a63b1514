/*
 * setjmp/longjmp with the callee-saved VFP registers (see <setjmp.h> for
 * the layout), _setjmp/_longjmp (the same: neither touches the signal
 * mask, as on Linux's C libraries), and sigsetjmp's register half: it
 * saves like setjmp, then __glue_sigjmp_save (sigjmp.c) records savemask
 * and the mask and returns 0 to sigsetjmp's caller.
 */
	.syntax unified
	.arm
	.fpu vfpv3-d16
	.text

	.global setjmp, _setjmp, longjmp, _longjmp, sigsetjmp
	.type setjmp, %function
	.type _setjmp, %function
	.type longjmp, %function
	.type _longjmp, %function
	.type sigsetjmp, %function

/* int setjmp(jmp_buf env): r0 = env */
setjmp:
_setjmp:
	mov	ip, sp
	stmia	r0, {r4-r11, ip, lr}
	add	r2, r0, #40
	vstmia	r2, {d8-d15}
	mov	r0, #0
	bx	lr
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp

/* int sigsetjmp(sigjmp_buf env, int savemask): r0 = env, r1 = savemask */
sigsetjmp:
	mov	ip, sp
	stmia	r0, {r4-r11, ip, lr}
	add	r2, r0, #40
	vstmia	r2, {d8-d15}
	b	__glue_sigjmp_save
	.size sigsetjmp, . - sigsetjmp

/* void longjmp(jmp_buf env, int val): setjmp returns val there, 1 if val is 0 */
longjmp:
_longjmp:
	add	r2, r0, #40
	vldmia	r2, {d8-d15}
	ldmia	r0, {r4-r11, ip, lr}
	mov	sp, ip
	movs	r0, r1
	moveq	r0, #1
	bx	lr
	.size longjmp, . - longjmp
	.size _longjmp, . - _longjmp

	.section .note.GNU-stack, "", %progbits
