/*
 * The boot-info page: what the kernel tells the root task (mm0) at start.
 * It is mapped read-only in mm0 at BOOTINFO_VA; mm0's first thread starts
 * with r0 = BOOTINFO_VA.
 *
 * Physical memory is described as the kernel left it: RAM the kernel and its
 * object pool occupy is never listed as free; module images lie in reserved
 * regions that mm0 may reclaim once it has loaded them.
 */
#ifndef PERSONA_UAPI_BOOTINFO_H
#define PERSONA_UAPI_BOOTINFO_H

#include <persona/types.h>

#define BOOTINFO_MAGIC      0x50525342u     /* "BSRP" */
#define BOOTINFO_VERSION    1u
#define BOOTINFO_MAX_REGIONS 8
#define BOOTINFO_MAX_MODULES 8
#define BOOTINFO_MAX_DEVICES 8
#define BOOTINFO_NAME_LEN   16
#define BOOTINFO_CMDLINE_LEN 256

/* Fixed virtual addresses in mm0's space. */
#define BOOTINFO_VA         0x00001000u
#define ROOT_UTCB_VA        0x00002000u
#define ROOT_STACK_TOP_VA   0x00100000u     /* stack grows down from here */
#define ROOT_STACK_BYTES    0x00010000u

enum bootinfo_region_type {
	REGION_FREE = 1,        /* RAM mm0 owns and may hand out */
	REGION_MODULE = 2,      /* RAM holding module images (reclaimable) */
	REGION_ROOT_IMAGE = 3,  /* RAM holding mm0's own loaded image, stack, boot info */
};

struct bootinfo_region {
	u32 base_paddr;
	u32 size_bytes;
	u32 type;               /* enum bootinfo_region_type */
	u32 reserved;
};

struct bootinfo_module {
	char name[BOOTINFO_NAME_LEN];
	u32 base_paddr;         /* an ELF image, page aligned */
	u32 size_bytes;
};

struct bootinfo_device {
	char name[BOOTINFO_NAME_LEN];   /* "uart0", "rtc0", "virtio-mmio" */
	u32 base_paddr;
	u32 size_bytes;
	u32 irq;                /* GIC interrupt id, 0: none */
	u32 count;              /* instances at base + i * size_bytes */
};

struct bootinfo {
	u32 magic;
	u32 version;
	u32 root_tid;           /* mm0's first thread */
	u32 root_space;
	u32 ram_base_paddr;
	u32 ram_size_bytes;
	u32 kernel_base_paddr;  /* kernel image and object pool, never free */
	u32 kernel_size_bytes;
	u32 phys_map_va;        /* mm0 sees RAM paddr p at (p - ram_base) + phys_map_va */
	u32 timer_hz;           /* generic timer (CNTVCT) frequency */
	u32 nregions;
	u32 nmodules;
	u32 ndevices;
	u32 reserved;
	char board[BOOTINFO_NAME_LEN];
	struct bootinfo_region regions[BOOTINFO_MAX_REGIONS];
	struct bootinfo_module modules[BOOTINFO_MAX_MODULES];
	struct bootinfo_device devices[BOOTINFO_MAX_DEVICES];
	char cmdline[BOOTINFO_CMDLINE_LEN];
};

STATIC_ASSERT(sizeof(struct bootinfo_region) == 16, "bootinfo_region layout");
STATIC_ASSERT(sizeof(struct bootinfo_module) == 24, "bootinfo_module layout");
STATIC_ASSERT(sizeof(struct bootinfo_device) == 32, "bootinfo_device layout");
STATIC_ASSERT(sizeof(struct bootinfo) ==
	      14 * 4 + BOOTINFO_NAME_LEN + 8 * 16 + 8 * 24 + 8 * 32 + BOOTINFO_CMDLINE_LEN,
	      "bootinfo layout");
STATIC_ASSERT(sizeof(struct bootinfo) <= 4096, "bootinfo fits one page");

#endif
