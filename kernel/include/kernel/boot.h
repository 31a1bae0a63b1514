/*
 * Boot: the physical memory layout the kernel settled on, the boot modules
 * linked into the image, and the start of the root task (mm0).
 */
#ifndef KERNEL_BOOT_H
#define KERNEL_BOOT_H

#include <kernel/kernel.h>

#define BOOT_MODULE_NAME_LEN 16

struct boot_module {
	char name[BOOT_MODULE_NAME_LEN];
	const u8 *start;
	const u8 *end;
};

/* generated modules.S */
extern const struct boot_module boot_modules[];
extern const u32 boot_module_count;

struct board_device {
	const char *name;
	u32 base_paddr, size_bytes, irq, count;
};

/* boards/<board>/board.c */
extern const struct board_device board_devices[];
extern const u32 board_device_count;

struct phys_layout {
	u32 ram_base, ram_end;
	u32 modules_start, modules_end;         /* user RAM holding module images */
	u32 pool_start, pool_end;               /* kernel object pool */
	u32 user_start;                         /* the rest of RAM belongs to mm0 */
};

extern struct phys_layout phys;
extern u32 root_tid;

void boot_layout(u32 ram_base, u32 ram_bytes);
/* Takes note of `initrd=ADDR,SIZE` (before the root task is loaded). */
void boot_initrd(const char *cmdline);
void boot_root_task(const char *cmdline);
int phys_is_user_ram(u32 pa);
int phys_is_device(u32 pa);

#endif
