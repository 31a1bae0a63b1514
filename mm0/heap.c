/*
 * mm0's own heap: power-of-two size classes from 16 to 2048 bytes carved
 * out of frames (seen through the physical window), and whole contiguous
 * frame runs for anything larger. Every allocation is zeroed; live counts
 * per class let the integrity check find leaks.
 */
#include "mm0.h"

#define MIN_SHIFT   4
#define MAX_SHIFT   11
#define NCLASSES    (MAX_SHIFT - MIN_SHIFT + 1)

struct free_obj {
	struct free_obj *next;
};

static struct free_obj *free_list[NCLASSES];
static u32 live_objs[NCLASSES];
static u32 heap_frames;                 /* frames given to size classes or runs */

static int size_class(size_t bytes)
{
	int c = 0;

	while ((1u << (c + MIN_SHIFT)) < bytes)
		c++;
	return c;
}

static int refill(int c)
{
	u32 pa = frame_alloc();
	u32 size = 1u << (c + MIN_SHIFT);

	if (!pa)
		return -ENOMEM;
	heap_frames++;
	u8 *page = phys_to_mm0(pa);
	for (u32 off = 0; off < 4096; off += size) {
		struct free_obj *o = (struct free_obj *)(page + off);
		o->next = free_list[c];
		free_list[c] = o;
	}
	return 0;
}

void *mm0_alloc(size_t bytes)
{
	if (bytes > (1u << MAX_SHIFT)) {
		u32 n = (u32)((bytes + 4095) >> 12);
		u32 pa = n == 1 ? frame_alloc() : frame_alloc_run(n);
		if (!pa)
			return NULL;
		heap_frames += n;
		return phys_to_mm0(pa);
	}
	int c = size_class(bytes);
	if (!free_list[c] && refill(c) < 0)
		return NULL;
	struct free_obj *o = free_list[c];
	free_list[c] = o->next;
	live_objs[c]++;
	memset(o, 0, 1u << (c + MIN_SHIFT));
	return o;
}

void mm0_free(void *p, size_t bytes)
{
	if (!p)
		return;
	if (bytes > (1u << MAX_SHIFT)) {
		u32 n = (u32)((bytes + 4095) >> 12);
		u32 pa = mm0_to_phys(p);
		for (u32 i = 0; i < n; i++)
			frame_unref(pa + i * 4096);
		heap_frames -= n;
		return;
	}
	int c = size_class(bytes);
	struct free_obj *o = p;
	memset(o, 0xa5, 1u << (c + MIN_SHIFT));
	o->next = free_list[c];
	free_list[c] = o;
	live_objs[c]--;
}

u32 heap_live_objects(void)
{
	u32 n = 0;

	for (int c = 0; c < NCLASSES; c++)
		n += live_objs[c];
	return n;
}

u32 heap_frame_count(void)
{
	return heap_frames;
}
