/*
 * Kernel entry from QEMU's ELF loader: MMU off, SVC mode, running at the
 * physical load address. Zeroes .bss, builds the boot translation table
 * (identity + high linear map of up to KERNEL_LINEAR_MAX of RAM, 1 MiB
 * sections), turns on the MMU and caches, jumps to the linked (high)
 * address, sets up the exception stacks and calls kmain().
 * The identity half is dropped by mmu_init() once running high.
 */
#include <arch/layout.h>

#define SECT_NORMAL     0x0001140e      /* section, C B, TEX=001, AP=01 (kernel RW), S */
#define TTB_FLAGS       0x4a            /* IRGN=01 RGN=01 (WBWA), S */

	.section .text.head, "ax"
	.arm
	.global _start
_start:
	cpsid	aif
	adr	r4, _start
	ldr	r5, =_start
	sub	r11, r4, r5             @ r11 = pa - va of the image

	ldr	r0, =__bss_start
	ldr	r1, =__bss_end
	add	r0, r0, r11
	add	r1, r1, r11
	mov	r2, #0
1:	cmp	r0, r1
	strlo	r2, [r0], #4
	blo	1b

	@ r6 = pa of kernel_l1; fill identity and high entries for the RAM window
	ldr	r6, =kernel_l1
	add	r6, r6, r11
	ldr	r7, =BOARD_RAM_BASE
	ldr	r8, =KERNEL_VBASE
	ldr	r9, =(KERNEL_LINEAR_MAX >> SECTION_SHIFT)
	ldr	r10, =SECT_NORMAL
2:	orr	r0, r7, r10
	str	r0, [r6, r7, lsr #(SECTION_SHIFT - 2)]     @ identity
	str	r0, [r6, r8, lsr #(SECTION_SHIFT - 2)]     @ high
	add	r7, r7, #SECTION_SIZE
	add	r8, r8, #SECTION_SIZE
	subs	r9, r9, #1
	bne	2b

	mov	r0, #0
	mcr	p15, 0, r0, c8, c7, 0   @ TLBIALL
	mcr	p15, 0, r0, c7, c5, 0   @ ICIALLU
	mcr	p15, 0, r0, c2, c0, 2   @ TTBCR = 0 while booting
	dsb
	orr	r0, r6, #TTB_FLAGS
	mcr	p15, 0, r0, c2, c0, 0   @ TTBR0
	mcr	p15, 0, r0, c2, c0, 1   @ TTBR1
	mov	r0, #1
	mcr	p15, 0, r0, c3, c0, 0   @ DACR: domain 0 client
	mov	r0, #0
	mcr	p15, 0, r0, c13, c0, 1  @ CONTEXTIDR: ASID 0
	isb
	mrc	p15, 0, r0, c1, c0, 0
	bic	r0, r0, #(1 << 1)       @ A: unaligned user accesses allowed
	bic	r0, r0, #(1 << 13)      @ V: low vectors (VBAR)
	bic	r0, r0, #(3 << 28)      @ TRE, AFE off
	orr	r0, r0, #(1 << 0)       @ M
	orr	r0, r0, #(1 << 2)       @ C
	orr	r0, r0, #(1 << 11)      @ Z
	orr	r0, r0, #(1 << 12)      @ I
	mcr	p15, 0, r0, c1, c0, 0
	isb
	ldr	pc, =high
high:
	ldr	r0, =vectors
	mcr	p15, 0, r0, c12, c0, 0  @ VBAR
	cps	#MODE_IRQ
	ldr	sp, =panic_stack_top
	cps	#MODE_ABT
	ldr	sp, =panic_stack_top
	cps	#MODE_UND
	ldr	sp, =panic_stack_top
	cps	#MODE_SVC
	ldr	sp, =kstack_top
	isb
	bl	kmain
3:	wfi
	b	3b

	.section .bss.pagetable, "aw", %nobits
	.balign 16384
	.global kernel_l1
kernel_l1:
	.space 16384

	.section .bss, "aw", %nobits
	.balign 8
	.global kstack_bottom
kstack_bottom:
	.space KSTACK_BYTES
	.global kstack_top
kstack_top:
	.space PANIC_STACK_BYTES
	.global panic_stack_top
panic_stack_top:
