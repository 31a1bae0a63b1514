/*
 * Physical page frames of the REGION_FREE regions: a free bitmap (next fit)
 * and a reference count per frame, so a frame shared by several mappings
 * (copy-on-write after fork, later) is freed with its last reference.
 * Frames are handed out zeroed.
 */
#include "mm0.h"

#define MAX_FRAMES (1u << 18)           /* 1 GiB of 4 KiB pages */

static u32 bitmap[MAX_FRAMES / 32];     /* 1 = free */
static u16 refs[MAX_FRAMES];
static u32 base_pa, nframes, nfree, total, next_hint;

void *phys_to_mm0(u32 pa)
{
	return (void *)(pa - bootinfo->ram_base_paddr + bootinfo->phys_map_va);
}

u32 mm0_to_phys(const void *va)
{
	return (u32)va - bootinfo->phys_map_va + bootinfo->ram_base_paddr;
}

static int is_free(u32 i)
{
	return (bitmap[i / 32] >> (i % 32)) & 1;
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

/* Marks frames [i, i + n) used with one reference each; returns the paddr. */
static u32 mark_used(u32 i, u32 n)
{
	for (u32 j = i; j < i + n; j++) {
		set_free(j, 0);
		refs[j] = 1;
	}
	nfree -= n;
	return base_pa + (i << 12);
}

static u32 take(u32 i, u32 n)
{
	u32 pa = mark_used(i, n);

	memset(phys_to_mm0(pa), 0, n << 12);
	return pa;
}

u32 frame_alloc(void)
{
	u32 words = nframes / 32;

	for (u32 n = 0; n < words; n++) {
		u32 w = (next_hint + n) % words;
		if (!bitmap[w])
			continue;
		next_hint = w;
		return take(w * 32 + (u32)__builtin_ctz(bitmap[w]), 1);
	}
	return 0;
}

/* A run of n free frames at or after word `from`, as an index; nframes if none. */
static u32 find_run_from(u32 from, u32 n)
{
	for (u32 i = from * 32, run = 0; i < nframes; i++) {
		if (!(i % 32) && !bitmap[i / 32]) {     /* no free frame in this word */
			run = 0;
			i += 31;
			continue;
		}
		run = is_free(i) ? run + 1 : 0;
		if (run == n)
			return i + 1 - n;
	}
	return nframes;
}

/* A run of n free frames, looking first where the last one was found. */
static u32 find_run(u32 n)
{
	static u32 hint;                /* a word index */
	u32 i = find_run_from(hint, n);

	if (i == nframes && hint)
		i = find_run_from(0, n);
	if (i < nframes)
		hint = i / 32;
	return i;
}

u32 frame_alloc_run(u32 n)
{
	u32 i = find_run(n);

	return i < nframes ? take(i, n) : 0;
}

u32 frame_reserve_run(u32 n)
{
	u32 i = find_run(n);

	if (i >= nframes)
		return 0;
	total -= n;             /* given away for good: not ours to count */
	return mark_used(i, n);
}

static u32 frame_index(u32 pa)
{
	u32 i = (pa - base_pa) >> 12;

	if (pa < base_pa || i >= nframes || is_free(i) || !refs[i]) {
		printf("mm0: BUG: frame %08x is not in use\n", pa);
		poweroff(2);
	}
	return i;
}

void frame_ref(u32 pa)
{
	refs[frame_index(pa)]++;
}

void frame_unref(u32 pa)
{
	u32 i = frame_index(pa);

	if (--refs[i])
		return;
	set_free(i, 1);
	nfree++;
}

u32 frame_refs(u32 pa)
{
	return refs[frame_index(pa)];
}

void frame_free(u32 pa)
{
	frame_unref(pa);
}

/*
 * The integrity check's count of the process page tables: every frame they
 * name must have exactly as many references as entries naming it.
 */
static u16 seen[MAX_FRAMES];

void frames_audit_begin(void)
{
	memset(seen, 0, sizeof(seen));
}

void frames_audit_saw(u32 pa)
{
	seen[frame_index(pa)]++;
}

u32 frames_audit_end(u32 *distinct, int verbose)
{
	u32 bad = 0;

	*distinct = 0;
	for (u32 i = 0; i < nframes; i++) {
		if (!seen[i])
			continue;
		++*distinct;
		if (seen[i] != refs[i]) {
			bad++;
			if (verbose)
				printf("mm0 check: frame %08x has %u references, %u page-table entries\n",
				       base_pa + (i << 12), refs[i], seen[i]);
		}
	}
	return bad;
}

u32 frames_free_count(void)
{
	return nfree;
}

u32 frames_total_count(void)
{
	return total;
}

