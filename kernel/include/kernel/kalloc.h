/*
 * The kernel object pool: a fixed range of RAM carved at boot, managed as
 * pages (bitmap, aligned runs) and fixed-size object caches on top. Every
 * allocation is zeroed. Exhaustion is reported to the caller (-ENOMEM for
 * the native call), never a panic.
 */
#ifndef KERNEL_KALLOC_H
#define KERNEL_KALLOC_H

#include <kernel/kernel.h>

struct kcache {
	const char *name;
	u32 obj_bytes;          /* a power of two or a multiple of 8, <= page */
	void *free;             /* singly linked free objects */
	u32 live;               /* objects handed out */
	u32 pages;              /* pages owned by the cache */
};

#define KCACHE_INIT(n, size) { .name = (n), .obj_bytes = (size) }

void kalloc_init(u32 pool_paddr, u32 pool_bytes);
void *kpage_alloc(u32 npages, u32 align_pages);
void kpage_free(void *va, u32 npages);
void *kcache_alloc(struct kcache *c);
void kcache_free(struct kcache *c, void *obj);
u32 kpool_free_bytes(void);
int kpool_contains(u32 paddr);

#endif
