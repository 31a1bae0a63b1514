/*
 * memcpy and memset for ARMv7 (kernel and servers): 32 bytes per ldm/stm
 * pair once the destination is word aligned. A source at a different
 * alignment is read with unaligned word loads, which ARMv7 allows for
 * normal memory once the MMU is on (SCTLR.A clear); nothing calls these
 * before that. Both return dst.
 */
	.syntax unified
	.text
	.arm

/* void *memcpy(void *dst, const void *src, size_t n) */
	.global memcpy
	.type memcpy, %function
memcpy:
	mov	ip, r0
	cmp	r2, #16
	blo	.Lcopy_bytes
	@ align the destination to a word
1:	tst	r0, #3
	beq	.Ldst_aligned
	ldrb	r3, [r1], #1
	strb	r3, [r0], #1
	sub	r2, r2, #1
	b	1b
.Ldst_aligned:
	tst	r1, #3
	bne	.Lcopy_words            @ source misaligned: word loads, no ldm
	subs	r2, r2, #32
	blo	.Lblocks_done
	push	{r4-r10}
2:	ldmia	r1!, {r3-r10}
	stmia	r0!, {r3-r10}
	subs	r2, r2, #32
	bhs	2b
	pop	{r4-r10}
.Lblocks_done:
	add	r2, r2, #32
.Lcopy_words:
	subs	r2, r2, #4
	ldrhs	r3, [r1], #4
	strhs	r3, [r0], #4
	bhs	.Lcopy_words
	add	r2, r2, #4
.Lcopy_bytes:
	subs	r2, r2, #1
	ldrbhs	r3, [r1], #1
	strbhs	r3, [r0], #1
	bhs	.Lcopy_bytes
	mov	r0, ip
	bx	lr
	.size memcpy, . - memcpy

/* void *memset(void *dst, int c, size_t n) */
	.global memset
	.type memset, %function
memset:
	mov	ip, r0
	and	r1, r1, #0xff
	orr	r1, r1, r1, lsl #8
	orr	r1, r1, r1, lsl #16
	cmp	r2, #16
	blo	.Lset_bytes
1:	tst	r0, #3
	beq	.Lset_aligned
	strb	r1, [r0], #1
	sub	r2, r2, #1
	b	1b
.Lset_aligned:
	subs	r2, r2, #32
	blo	.Lset_blocks_done
	push	{r4-r8, lr}
	mov	r3, r1
	mov	r4, r1
	mov	r5, r1
	mov	r6, r1
	mov	r7, r1
	mov	r8, r1
	mov	lr, r1
2:	stmia	r0!, {r1, r3-r8, lr}
	subs	r2, r2, #32
	bhs	2b
	pop	{r4-r8, lr}
.Lset_blocks_done:
	add	r2, r2, #32
3:	subs	r2, r2, #4
	strhs	r1, [r0], #4
	bhs	3b
	add	r2, r2, #4
.Lset_bytes:
	subs	r2, r2, #1
	strbhs	r1, [r0], #1
	bhs	.Lset_bytes
	mov	r0, ip
	bx	lr
	.size memset, . - memset
