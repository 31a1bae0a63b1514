/*
 * What the VFS library asks of its host (vfs.h): memory from fs0's region,
 * the time, random bytes.
 */
#include "fs0.h"
#include <clock.h>
#include <random.h>

void *vfs_alloc(size_t bytes)
{
	return mem_alloc(bytes);
}

void vfs_free(void *p, size_t bytes)
{
	mem_free(p, bytes);
}

void *vfs_page_alloc(void)
{
	return page_alloc();
}

void vfs_page_free(void *page)
{
	page_free(page);
}

void vfs_now(struct vfs_time *t)
{
	u64 ns = clock_realtime_ns();

	t->sec = (int64_t)(ns / NSEC_PER_SEC);
	t->nsec = (uint32_t)(ns % NSEC_PER_SEC);
}

void vfs_random_bytes(void *buf, size_t n)
{
	random_bytes(buf, n);
}
