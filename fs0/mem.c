/*
 * fs0's memory: the RAM region mm0 gave it at start-up, mapped once into
 * fs0's own space (fs0 never page-faults, so it never waits for mm0 —
 * DESIGN.md section 2). Pages come from a bitmap; small objects from
 * power-of-two size classes carved from pages. Exhaustion is -ENOSPC for
 * file data and -ENOMEM elsewhere, never a crash.
 */
#include "fs0.h"

#define HEAP_VA         0x10000000u     /* where the region appears in fs0 */
#define MAX_PAGES       (1u << 17)      /* 512 MiB */
#define MIN_SHIFT       4
#define MAX_SHIFT       11
#define NCLASSES        (MAX_SHIFT - MIN_SHIFT + 1)

static u32 bitmap[MAX_PAGES / 32];      /* 1 = free */
static u32 npages, nfree, hint;
static void *free_list[NCLASSES];
static u32 live_objs[NCLASSES], class_pages;

long mem_init(u32 base_pa, u32 bytes)
{
	npages = bytes / PAGE_SIZE;
	if (npages > MAX_PAGES)
		npages = MAX_PAGES;
	for (u32 done = 0; done < npages;) {
		u32 n = npages - done < 4096 ? npages - done : 4096;
		long err = map(SPACE_SELF, HEAP_VA + done * PAGE_SIZE, base_pa + done * PAGE_SIZE, n,
			       MAP_R | MAP_W);
		if (err < 0)
			return err;
		done += n;
	}
	for (u32 i = 0; i < npages; i++)
		bitmap[i / 32] |= 1u << (i % 32);
	nfree = npages;
	return 0;
}

void *page_alloc(void)
{
	u32 words = (npages + 31) / 32;

	for (u32 n = 0; n < words; n++) {
		u32 w = (hint + n) % words;
		if (!bitmap[w])
			continue;
		u32 i = w * 32 + (u32)__builtin_ctz(bitmap[w]);
		if (i >= npages)
			continue;
		bitmap[w] &= ~(1u << (i % 32));
		nfree--;
		hint = w;
		return (void *)(HEAP_VA + i * PAGE_SIZE);
	}
	return NULL;
}

void page_free(void *p)
{
	u32 i = ((u32)p - HEAP_VA) / PAGE_SIZE;

	if (i >= npages || (bitmap[i / 32] >> (i % 32)) & 1) {
		printf("fs0: BUG: freeing page %p twice or outside the heap\n", p);
		return;
	}
	bitmap[i / 32] |= 1u << (i % 32);
	nfree++;
}

static int size_class(size_t bytes)
{
	int c = 0;

	while ((1u << (c + MIN_SHIFT)) < bytes)
		c++;
	return c;
}

void *mem_alloc(size_t bytes)
{
	if (bytes > (1u << MAX_SHIFT))
		return NULL;            /* callers use pages for anything bigger */
	int c = size_class(bytes);
	if (!free_list[c]) {
		u8 *page = page_alloc();
		if (!page)
			return NULL;
		class_pages++;
		for (u32 off = 0; off < PAGE_SIZE; off += 1u << (c + MIN_SHIFT)) {
			*(void **)(page + off) = free_list[c];
			free_list[c] = page + off;
		}
	}
	void *o = free_list[c];
	free_list[c] = *(void **)o;
	live_objs[c]++;
	memset(o, 0, 1u << (c + MIN_SHIFT));
	return o;
}

void mem_free(void *p, size_t bytes)
{
	if (!p)
		return;
	int c = size_class(bytes);
	memset(p, 0xa5, 1u << (c + MIN_SHIFT));
	*(void **)p = free_list[c];
	free_list[c] = p;
	live_objs[c]--;
}

u32 mem_live_objects(void)
{
	u32 n = 0;

	for (int c = 0; c < NCLASSES; c++)
		n += live_objs[c];
	return n;
}

u32 mem_pages_used(void)
{
	return npages - nfree - class_pages;
}

u32 mem_pages_free(void)
{
	return nfree;
}
