/*
 * Host stand-in for kernel/arch/arm/include/arch/mmu.h, so pure kernel
 * code (kalloc.c) compiles and runs in host unit tests: "physical" pool
 * addresses map into a host buffer.
 */
#ifndef HOST_SHIM_ARCH_MMU_H
#define HOST_SHIM_ARCH_MMU_H

#include <persona/types.h>

#define PAGE_SHIFT      12
#define PAGE_SIZE       4096
#define HOST_POOL_PA    0x50000000u

extern unsigned char *host_pool;

static inline void *phys_to_virt(u32 pa) { return host_pool + (pa - HOST_POOL_PA); }
static inline u32 virt_to_phys(const void *va)
{
	return (u32)((const unsigned char *)va - host_pool) + HOST_POOL_PA;
}

#endif
