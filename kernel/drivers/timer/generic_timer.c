/*
 * Generic timer access. CNTKCTL lets user mode read CNTVCT (fast time in
 * servers, later a vDSO-style clock) and program the virtual timer (which
 * a user-level driver may bind as an interrupt).
 */
#include <drivers/generic_timer.h>
#include <arch/cpu.h>

#define CNTKCTL_EL0VCTEN    (1u << 1)
#define CNTKCTL_EL0VTEN     (1u << 8)
#define CNT_CTL_ENABLE      1u

u32 gt_init(void)
{
	write_cntkctl(CNTKCTL_EL0VCTEN | CNTKCTL_EL0VTEN);
	write_cntp_ctl(0);
	isb();
	return read_cntfrq();
}

u64 gt_now(void)
{
	return read_cntpct();
}

void gt_set_compare(u64 ticks)
{
	write_cntp_cval(ticks);
	write_cntp_ctl(CNT_CTL_ENABLE);
	isb();
}
