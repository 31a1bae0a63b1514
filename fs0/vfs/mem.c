/*
 * Counted memory: every object allocation and data page goes through here,
 * so vfs_check can compare the counters with what the objects add up to.
 * Entry points: vfs_mem_alloc, vfs_mem_free, vfs_mem_page, vfs_mem_page_free.
 */
#include "internal.h"

struct vfs_global vfs_g;

/* bytes of zeroed memory, or NULL */
void *vfs_mem_alloc(size_t bytes)
{
	void *p = vfs_alloc(bytes);

	if (p) {
		memset(p, 0, bytes);
		vfs_g.n.bytes += bytes;
	}
	return p;
}

/* Frees p (NULL is ignored) of the size it was allocated with. */
void vfs_mem_free(void *p, size_t bytes)
{
	if (!p)
		return;
	vfs_g.n.bytes -= bytes;
	vfs_free(p, bytes);
}

/* a zeroed data page, or NULL */
void *vfs_mem_page(void)
{
	void *p = vfs_page_alloc();

	if (p) {
		memset(p, 0, VFS_PAGE_SIZE);
		vfs_g.n.pages++;
	}
	return p;
}

/* Frees a page from vfs_mem_page. */
void vfs_mem_page_free(void *page)
{
	vfs_g.n.pages--;
	vfs_page_free(page);
}
