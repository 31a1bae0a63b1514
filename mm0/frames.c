/*
 * Physical page allocator over the boot info's REGION_FREE regions: a
 * bitmap, next-fit. Pages come back zeroed (xv6 junk-fills freed pages; we
 * zero on allocation because every caller needs zeroes).
 */
#include "mm0.h"

#define MAX_FRAMES (1u << 18)           /* 1 GiB of 4 KiB pages */

static u32 bitmap[MAX_FRAMES / 32];     /* 1 = free */
static u32 base_pa, nframes, nfree, total, next_hint;

void *phys_to_mm0(u32 pa)
{
	return (void *)(pa - bootinfo->ram_base_paddr + bootinfo->phys_map_va);
}

static void set_free(u32 i, int free)
{
	if (free)
		bitmap[i / 32] |= 1u << (i % 32);
	else
		bitmap[i / 32] &= ~(1u << (i % 32));
}

void frames_init(const struct bootinfo *bi)
{
	base_pa = bi->ram_base_paddr;
	nframes = bi->ram_size_bytes >> 12;
	if (nframes > MAX_FRAMES)
		nframes = MAX_FRAMES;
	for (u32 r = 0; r < bi->nregions; r++) {
		const struct bootinfo_region *reg = &bi->regions[r];
		if (reg->type != REGION_FREE)
			continue;
		for (u32 pa = reg->base_paddr; pa < reg->base_paddr + reg->size_bytes; pa += 4096) {
			u32 i = (pa - base_pa) >> 12;
			if (i < nframes) {
				set_free(i, 1);
				nfree++;
			}
		}
	}
	total = nfree;
}

u32 frame_alloc(void)
{
	for (u32 n = 0; n < nframes / 32; n++) {
		u32 w = (next_hint + n) % (nframes / 32);
		if (!bitmap[w])
			continue;
		u32 bit = (u32)__builtin_ctz(bitmap[w]);
		u32 i = w * 32 + bit;
		set_free(i, 0);
		nfree--;
		next_hint = w;
		u32 pa = base_pa + (i << 12);
		memset(phys_to_mm0(pa), 0, 4096);
		return pa;
	}
	return 0;
}

void frame_free(u32 pa)
{
	u32 i = (pa - base_pa) >> 12;

	if (pa < base_pa || i >= nframes || (bitmap[i / 32] >> (i % 32)) & 1) {
		printf("mm0: BUG: freeing frame %08x twice or outside RAM\n", pa);
		return;
	}
	set_free(i, 1);
	nfree++;
}

u32 frames_free_count(void)
{
	return nfree;
}

u32 frames_total_count(void)
{
	return total;
}
