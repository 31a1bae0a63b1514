/*
 * kmain(): from the boot assembly (MMU on, running high) to the first user
 * thread. Order matters: the console first (so anything later can
 * complain), then memory, interrupts, time, and finally the root task.
 */
#include <kernel/kernel.h>
#include <kernel/boot.h>
#include <kernel/sched.h>
#include <kernel/space.h>
#include <kernel/tcb.h>
#include <kernel/irq.h>
#include <kernel/timer.h>
#include <kernel/kalloc.h>
#include <arch/mmu.h>
#include <arch/cpu.h>
#include <arch/vfp.h>
#include <drivers/pl011.h>
#include <drivers/gic_v2.h>
#include <fdt.h>
#include <persona/bootinfo.h>
#include <board.h>

void ret_to_user(struct frame *f) __attribute__((noreturn));
void kmain(void);

static char cmdline[BOOTINFO_CMDLINE_LEN];

static u32 ram_size_from_dtb(void)
{
	struct fdt_info info;
	const void *dtb = phys_to_virt(BOARD_DTB_PADDR);

	if (fdt_read(dtb, BOARD_DTB_MAX_BYTES, &info) < 0) {
		printk("no device tree at %08x: assuming %u MiB of RAM\n", BOARD_DTB_PADDR,
		       BOARD_RAM_DEFAULT_BYTES >> 20);
		return BOARD_RAM_DEFAULT_BYTES;
	}
	if (info.bootargs)
		strlcpy(cmdline, info.bootargs, sizeof(cmdline));
	if (!info.mem_size || info.mem_base != BOARD_RAM_BASE)
		return BOARD_RAM_DEFAULT_BYTES;
	if (info.mem_size > KERNEL_LINEAR_MAX) {
		printk("using the first %u MiB of RAM\n", KERNEL_LINEAR_MAX >> 20);
		return KERNEL_LINEAR_MAX;
	}
	return (u32)info.mem_size;
}

void kmain(void)
{
	pl011_init(mmu_map_device(BOARD_UART0_PADDR));
	u32 ram_bytes = ram_size_from_dtb();
	mmu_init(BOARD_RAM_BASE, ram_bytes);
	printk("\nPersona microkernel, board %s, CPU %08x, RAM %u MiB at %08x\n", BOARD_NAME,
	       read_midr(), ram_bytes >> 20, BOARD_RAM_BASE);
	boot_layout(BOARD_RAM_BASE, ram_bytes);
	printk("kernel pool %u KiB, user RAM %u MiB, %u boot modules\n",
	       (phys.pool_end - phys.pool_start) >> 10, (phys.ram_end - phys.user_start) >> 20,
	       boot_module_count);
	gic_init(mmu_map_device(BOARD_GICD_PADDR), mmu_map_device(BOARD_GICC_PADDR));
	timer_init();
	irq_init();
	vfp_init();
	tcb_init();
	space_init();
	sched_init();
	boot_initrd(cmdline);
	boot_root_task(cmdline[0] ? cmdline : NULL);
	ret_to_user(sched_exit());
}
