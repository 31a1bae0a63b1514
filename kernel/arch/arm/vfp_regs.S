/*
 * Save and load the 32 double registers and FPSCR of struct vfp_state.
 * Called only with FPEXC.EN set.
 */
	.text
	.arm
	.fpu neon-vfpv4
	.global vfp_save
vfp_save:
	vstmia	r0!, {d0-d15}
	vstmia	r0!, {d16-d31}
	vmrs	r1, fpscr
	str	r1, [r0]
	bx	lr

	.global vfp_load
vfp_load:
	vldmia	r0!, {d0-d15}
	vldmia	r0!, {d16-d31}
	ldr	r1, [r0]
	vmsr	fpscr, r1
	bx	lr
