/*
 * Lazy VFP switching. The unit is enabled (FPEXC.EN) only while vfp_owner
 * runs; another thread's VFP instruction traps as undefined, vfp_take()
 * saves the owner's registers, loads (or zeroes) the new thread's and
 * lets it retry. Threads that never use VFP (all servers) cost nothing.
 */
#include <arch/vfp.h>
#include <arch/cpu.h>
#include <kernel/tcb.h>


#define CPACR_CP10_11   (0xfu << 20)


void vfp_init(void)
{
	write_cpacr(read_cpacr() | CPACR_CP10_11);
	isb();
	write_fpexc(0);
	vfp_enabled = 0;
}

void vfp_set_enabled(int on)
{
	write_fpexc(on ? VFP_FPEXC_EN : 0);
	vfp_enabled = on;
}

int vfp_take(struct tcb *t)
{
	if (vfp_enabled)
		return 0;               /* the unit was on: a real undefined instruction */
	write_fpexc(VFP_FPEXC_EN);
	vfp_enabled = 1;
	if (vfp_owner)
		vfp_save(&vfp_owner->vfp);
	if (!t->vfp.used) {
		memset(&t->vfp, 0, sizeof(t->vfp));
		t->vfp.used = 1;
	}
	vfp_load(&t->vfp);
	vfp_owner = t;
	return 1;
}

void vfp_flush(struct tcb *t)
{
	if (vfp_owner != t)
		return;
	if (!vfp_enabled)
		write_fpexc(VFP_FPEXC_EN);
	vfp_save(&t->vfp);
	if (!vfp_enabled)
		write_fpexc(0);
	vfp_owner = NULL;               /* its next VFP use loads t->vfp again */
}

void vfp_forget(struct tcb *t)
{
	if (vfp_owner == t)
		vfp_owner = NULL;
}
