/*
 * Kernel pool: a page bitmap over [pool_pa, pool_pa + bytes) and object
 * caches carved out of pages. Pages given to a cache stay with it (its free
 * list reuses them); the counters let the integrity check recount them.
 */
#include <kernel/kalloc.h>
#include <arch/mmu.h>

#define POOL_MAX_PAGES  (64u << 20 >> PAGE_SHIFT)      /* 64 MiB at most */

static u32 pool_pa, pool_pages, pool_used;
static u32 bitmap[POOL_MAX_PAGES / 32];

static int page_busy(u32 i)
{
	return (bitmap[i / 32] >> (i % 32)) & 1;
}

static void mark(u32 first, u32 n, int busy)
{
	for (u32 i = first; i < first + n; i++) {
		if (busy)
			bitmap[i / 32] |= 1u << (i % 32);
		else
			bitmap[i / 32] &= ~(1u << (i % 32));
	}
}

void kalloc_init(u32 paddr, u32 bytes)
{
	pool_pa = paddr;
	pool_pages = MIN(bytes >> PAGE_SHIFT, POOL_MAX_PAGES);
	pool_used = 0;
	memset(bitmap, 0, sizeof(bitmap));
}

int kpool_contains(u32 paddr)
{
	return paddr >= pool_pa && paddr - pool_pa < (pool_pages << PAGE_SHIFT);
}

u32 kpool_free_bytes(void)
{
	return (pool_pages - pool_used) << PAGE_SHIFT;
}

/* A run of npages free pages starting at a multiple of align_pages, zeroed. */
void *kpage_alloc(u32 npages, u32 align_pages)
{
	for (u32 i = 0; i + npages <= pool_pages; i += align_pages) {
		u32 j = 0;
		while (j < npages && !page_busy(i + j))
			j++;
		if (j == npages) {
			mark(i, npages, 1);
			pool_used += npages;
			void *va = phys_to_virt(pool_pa + (i << PAGE_SHIFT));
			memset(va, 0, npages << PAGE_SHIFT);
			return va;
		}
	}
	return NULL;
}

void kpage_free(void *va, u32 npages)
{
	u32 i = (virt_to_phys(va) - pool_pa) >> PAGE_SHIFT;

	BUG_ON(i + npages > pool_pages);
	for (u32 j = 0; j < npages; j++)
		BUG_ON(!page_busy(i + j));
	memset(va, 0xa5, npages << PAGE_SHIFT);     /* catch use after free */
	mark(i, npages, 0);
	pool_used -= npages;
}

void *kcache_alloc(struct kcache *c)
{
	if (!c->free) {
		u8 *page = kpage_alloc(1, 1);
		if (!page)
			return NULL;
		c->pages++;
		for (u32 off = 0; off + c->obj_bytes <= PAGE_SIZE; off += c->obj_bytes) {
			*(void **)(page + off) = c->free;
			c->free = page + off;
		}
	}
	void *obj = c->free;
	c->free = *(void **)obj;
	memset(obj, 0, c->obj_bytes);
	c->live++;
	return obj;
}

void kcache_free(struct kcache *c, void *obj)
{
	BUG_ON(c->live == 0);
	memset(obj, 0xa5, c->obj_bytes);
	*(void **)obj = c->free;
	c->free = obj;
	c->live--;
}
