/*
 * Semihosting (QEMU started with -semihosting-config enable=on,target=native)
 * and ending the machine: SYS_EXIT_EXTENDED gives QEMU an exit status;
 * PSCI SYSTEM_OFF is the fallback when QEMU runs without semihosting (the
 * svc then traps back into the kernel, see entry.S:kernel_svc).
 * Host file calls (persona-run's separate stdout/stderr) use SYS_OPEN,
 * SYS_READ, SYS_WRITE and SYS_CLOSE on files in QEMU's working directory.
 */
#include <kernel/kernel.h>
#include <arch/cpu.h>

#define SEMIHOSTING_SYS_OPEN            0x01u
#define SEMIHOSTING_SYS_CLOSE           0x02u
#define SEMIHOSTING_SYS_WRITE           0x05u
#define SEMIHOSTING_SYS_READ            0x06u
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

/* One semihosting call with a parameter block; returns QEMU's r0. */
static u32 semihosting(u32 op, const u32 *block)
{
	register u32 r0 __asm__("r0") = op;
	register u32 r1 __asm__("r1") = (u32)block;

	__asm__ volatile("svc #0x123456" : "+r"(r0) : "r"(r1) : "memory", "lr");
	return r0;
}

void system_poweroff(u32 status)
{
	static u32 block[2];

	if (!semihosting_failed) {
		block[0] = ADP_STOPPED_APPLICATION_EXIT;
		block[1] = status;
		semihosting(SEMIHOSTING_SYS_EXIT_EXTENDED, block);
	}
	psci_system_off();
}

long host_open(const char *name, u32 len, u32 mode)
{
	u32 block[3] = { (u32)name, mode, len };
	u32 h = semihosting(SEMIHOSTING_SYS_OPEN, block);

	return h == 0xffffffffu ? -ENOENT : (long)h;
}

long host_write(u32 handle, const void *buf, u32 len)
{
	u32 block[3] = { handle, (u32)buf, len };
	u32 left = semihosting(SEMIHOSTING_SYS_WRITE, block);

	return left > len ? -EIO : (long)(len - left);
}

long host_read(u32 handle, void *buf, u32 len)
{
	u32 block[3] = { handle, (u32)buf, len };
	u32 left = semihosting(SEMIHOSTING_SYS_READ, block);

	return left > len ? -EIO : (long)(len - left);
}

long host_close(u32 handle)
{
	u32 block[1] = { handle };

	return semihosting(SEMIHOSTING_SYS_CLOSE, block) ? -EIO : 0;
}
