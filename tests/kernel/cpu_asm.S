/*
 * Assembly helpers of the CPU tests: VFP register fill/check (ktest itself
 * is soft-float) and the Linux-personality svc probe.
 */
	.text
	.arm
	.fpu neon-vfpv4

/* vfp_fill(seed): d<i> = {seed, seed + i}, FPSCR rounding mode = seed & 3. */
	.global vfp_fill
vfp_fill:
	.irp i, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	add	r1, r0, #\i
	vmov	d\i, r0, r1
	.endr
	and	r1, r0, #3
	lsl	r1, r1, #22
	vmsr	fpscr, r1
	bx	lr

/* vfp_check(seed): number of registers (and FPSCR) not as vfp_fill left them. */
	.global vfp_check
vfp_check:
	push	{r4, r5}
	mov	r12, #0
	.irp i, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	vmov	r2, r3, d\i
	add	r1, r0, #\i
	cmp	r2, r0
	cmpeq	r3, r1
	addne	r12, r12, #1
	.endr
	vmrs	r4, fpscr
	and	r5, r0, #3
	lsl	r5, r5, #22
	and	r4, r4, #(3 << 22)
	cmp	r4, r5
	addne	r12, r12, #1
	mov	r0, r12
	pop	{r4, r5}
	bx	lr

/*
 * linux_probe(struct probe *p): loads r0..r7 from p->in, r8..r12 and lr with
 * marker values, records sp, executes svc #0 and stores r0..r12, lr and sp
 * as they are after the call into p->out (struct probe in test_cpu.c).
 */
	.global linux_probe
linux_probe:
	push	{r4-r11, lr}
	str	sp, [r0, #88]           @ p->sp_before
	str	r0, [sp, #-4]!          @ keep p on the stack
	ldr	r8, =0x88888888
	ldr	r9, =0x99999999
	ldr	r10, =0xaaaaaaaa
	ldr	r11, =0xbbbbbbbb
	ldr	r12, =0xcccccccc
	ldr	lr, =0xdddddddd
	ldm	r0, {r0-r7}
	.global linux_probe_svc
linux_probe_svc:
	svc	#0
	push	{r0-r12, lr}            @ 14 words
	ldr	r0, [sp, #56]           @ p
	add	r1, r0, #32             @ p->out
	mov	r2, sp
	mov	r3, #14
1:	ldr	r4, [r2], #4
	str	r4, [r1], #4
	subs	r3, r3, #1
	bne	1b
	add	r2, sp, #56
	str	r2, [r0, #92]           @ p->sp_after (must equal sp_before - 4)
	add	sp, sp, #60
	pop	{r4-r11, lr}
	bx	lr
