/*
 * Translation tables (ARMv7 short descriptors) and ASIDs.
 * User tables cover 0..USER_TOP with TTBR0 (TTBCR.N = 1); the kernel's
 * table (TTBR1) is shared by all spaces.
 */
#ifndef ARCH_MMU_H
#define ARCH_MMU_H

#include <persona/types.h>
#include <arch/layout.h>
#include <arch/cpu.h>
#include <kernel/space.h>

#define USER_L1_ENTRIES     (USER_TOP >> SECTION_SHIFT)     /* 2048 */
#define USER_L1_BYTES       (USER_L1_ENTRIES * 4)           /* 8 KiB, 8 KiB aligned */
#define L2_ENTRIES          256
#define L2_BYTES            1024
#define TTB_FLAGS           0x4au   /* table walks: inner/outer write-back allocate, shareable */

extern u32 kernel_l1[4096];

/* Drop the boot identity map, limit the linear map to RAM, TTBCR.N = 1. */
void mmu_init(u32 ram_base, u32 ram_bytes);
/* Map a 1 MiB device window for the kernel; returns its virtual address. */
void *mmu_map_device(u32 paddr);

long mmu_space_init(struct space *s);
void mmu_space_free(struct space *s);
/* s's ASID is from an old generation: give it a new one. */
void mmu_asid_assign(struct space *s);

/* Load s's table and ASID into TTBR0/CONTEXTIDR (see mmu.c for the ASID scheme). */
static inline void mmu_switch(struct space *s)
{
	if (__builtin_expect(s->asid_gen != cpu0.asid_gen, 0))
		mmu_asid_assign(s);
	write_contextidr(s->asid);
	isb();
	write_ttbr0(s->l1_paddr | TTB_FLAGS);
	isb();
}

/* flags are MAP_R/W/X/DEVICE; returns 0 or -errno (-ENOMEM for a table). */
long mmu_map_page(struct space *s, u32 va, u32 pa, u32 flags);
/* keep = MAP_R|MAP_X subset to leave read-only, 0 to remove. 1: was mapped. */
long mmu_unmap_page(struct space *s, u32 va, u32 keep);
/* 0 and *pa (page frame), *flags if va is mapped (page or section), else -EFAULT. */
long mmu_lookup(struct space *s, u32 va, u32 *pa, u32 *flags);
/* Section mapping of RAM for the root task's physical window. */
long mmu_map_section(struct space *s, u32 va, u32 pa);

static inline void *phys_to_virt(u32 pa) { return (void *)(pa + KERNEL_VOFFSET); }
static inline u32 virt_to_phys(const void *va) { return (u32)va - KERNEL_VOFFSET; }

#endif
