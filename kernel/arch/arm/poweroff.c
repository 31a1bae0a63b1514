/*
 * Ending the machine: semihosting SYS_EXIT_EXTENDED gives QEMU an exit
 * status (needs -semihosting-config enable=on); PSCI SYSTEM_OFF is the
 * fallback when QEMU runs without semihosting (the svc then traps back into
 * the kernel, see entry.S:kernel_svc).
 */
#include <kernel/kernel.h>
#include <arch/cpu.h>

#define SEMIHOSTING_SYS_EXIT_EXTENDED   0x20u
#define ADP_STOPPED_APPLICATION_EXIT    0x20026u
#define PSCI_SYSTEM_OFF                 0x84000008u

static int semihosting_failed;

void psci_system_off(void) __attribute__((noreturn));
void psci_system_off(void)
{
	register u32 r0 __asm__("r0") = PSCI_SYSTEM_OFF;
	__asm__ volatile(".arch_extension virt\n hvc #0" : "+r"(r0) :: "memory");
	for (;;)
		wfi();
}

void semihosting_unavailable(void)
{
	semihosting_failed = 1;
}

void system_poweroff(u32 status)
{
	static u32 block[2];

	if (!semihosting_failed) {
		block[0] = ADP_STOPPED_APPLICATION_EXIT;
		block[1] = status;
		register u32 r0 __asm__("r0") = SEMIHOSTING_SYS_EXIT_EXTENDED;
		register u32 r1 __asm__("r1") = (u32)block;
		__asm__ volatile("svc #0x123456" : "+r"(r0) : "r"(r1) : "memory", "lr");
	}
	psci_system_off();
}
