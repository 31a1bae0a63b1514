/*
 * Generic timer access. CNTKCTL lets user mode read CNTVCT (fast time in
 * servers, later a vDSO-style clock) and program the virtual timer (which
 * a user-level driver may bind as an interrupt), and turns on the 10 kHz
 * event stream Linux also enables (Linux reports it as HWCAP_EVTSTRM).
 */
#include <drivers/generic_timer.h>
#include <arch/cpu.h>

#define CNTKCTL_EL0VCTEN    (1u << 1)
#define CNTKCTL_EVNTEN      (1u << 2)
#define CNTKCTL_EVNTI(bit)  ((u32)(bit) << 4)
#define CNTKCTL_EL0VTEN     (1u << 8)
#define EVTSTRM_HZ          10000u      /* as Linux: wakes WFE-based waits */
#define CNT_CTL_ENABLE      1u

/* The counter bit whose transitions give about EVTSTRM_HZ events a second. */
static u32 evtstrm_bit(u32 hz)
{
	u32 bit = 0;

	while (bit < 15 && (hz >> (bit + 1)) > EVTSTRM_HZ * 2)
		bit++;
	return bit;
}

u32 gt_init(void)
{
	u32 hz = read_cntfrq();

	write_cntkctl(CNTKCTL_EL0VCTEN | CNTKCTL_EL0VTEN | CNTKCTL_EVNTEN | CNTKCTL_EVNTI(evtstrm_bit(hz)));
	write_cntp_ctl(0);
	isb();
	return hz;
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
