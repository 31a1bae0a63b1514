/*
 * Regular file data: 4 KiB pages found through a radix tree of index nodes
 * of PTRS_PER_BLOCK slots (the bottom nodes point to pages), as tall as the
 * highest page needs: one level covers 2 MiB, four cover the largest file
 * (VFS_FILE_MAX_BYTES, 2^32 - 1 pages). A sparse file costs only the pages
 * written and the nodes above them; holes read as zeros.
 * Entry points: vfs_reg_read, vfs_reg_write, vfs_reg_truncate, vfs_reg_free,
 * vfs_reg_seek_data, vfs_reg_page, vfs_reg_census.
 */
#include "internal.h"

#define NODE_BYTES  (PTRS_PER_BLOCK * sizeof(void *))
#define LEVEL_BITS  9                   /* log2(PTRS_PER_BLOCK) */
#define MAX_HEIGHT  4                   /* 2^(9 * 4) pages cover any 32-bit page index */
#define NO_PAGE     ((uint64_t)1 << 32) /* above every page index */

_Static_assert(PTRS_PER_BLOCK == 1u << LEVEL_BITS, "index node size");

/* pages needed to hold bytes (at most 2^32 - 1 for a file's size) */
static uint32_t pages_for(int64_t bytes)
{
	return (uint32_t)((bytes + VFS_PAGE_SIZE - 1) / VFS_PAGE_SIZE);
}

/* pages one slot of a node at level covers (level 1 slots hold one page each) */
static uint64_t slot_span(uint32_t level)
{
	return (uint64_t)1 << (LEVEL_BITS * (level - 1));
}

/* 1 if a tree of height covers page index */
static int covers(uint32_t height, uint32_t index)
{
	return height == MAX_HEIGHT || (uint64_t)index < slot_span(height + 1);
}

/* the page at index, or NULL for a hole */
void *vfs_reg_page(const struct vfs_vnode *v, uint32_t index)
{
	void **node = v->reg.root;

	if (!node || !covers(v->reg.height, index))
		return NULL;
	for (uint32_t level = v->reg.height; level > 1 && node; level--)
		node = node[(index >> (LEVEL_BITS * (level - 1))) % PTRS_PER_BLOCK];
	return node ? node[index % PTRS_PER_BLOCK] : NULL;
}

/*
 * Makes the tree cover index: a first root just tall enough, or new roots
 * above the old one (its slot 0). 0 or -ENOMEM (the tree stays valid).
 */
static long grow(struct vfs_vnode *v, uint32_t index)
{
	if (!v->reg.root) {
		uint32_t height = 1;
		while (!covers(height, index))
			height++;
		if (!(v->reg.root = vfs_mem_alloc(NODE_BYTES)))
			return E(ENOMEM);
		v->reg.height = height;
	}
	while (!covers(v->reg.height, index)) {
		void **node = vfs_mem_alloc(NODE_BYTES);
		if (!node)
			return E(ENOMEM);
		node[0] = v->reg.root;
		v->reg.root = node;
		v->reg.height++;
	}
	return 0;
}

/* The page at index, allocated (with the nodes above it) if missing: 0, -ENOMEM or -ENOSPC. */
static long page_get(struct vfs_vnode *v, uint32_t index, char **page)
{
	long err = grow(v, index);

	if (err)
		return err;
	void **node = v->reg.root;
	for (uint32_t level = v->reg.height; level > 1; level--) {
		void **slot = &node[(index >> (LEVEL_BITS * (level - 1))) % PTRS_PER_BLOCK];
		if (!*slot && !(*slot = vfs_mem_alloc(NODE_BYTES)))
			return E(ENOMEM);
		node = *slot;
	}
	void **slot = &node[index % PTRS_PER_BLOCK];
	if (!*slot) {
		if (!(*slot = vfs_mem_page()))
			return E(ENOSPC);
		v->reg.pages++;
	}
	*page = *slot;
	return 0;
}

/* Frees a subtree at level (1: a node of pages) and the node itself. */
static void free_node(struct vfs_vnode *v, void **node, uint32_t level)
{
	for (uint32_t j = 0; j < PTRS_PER_BLOCK; j++) {
		if (!node[j])
			continue;
		if (level > 1) {
			free_node(v, node[j], level - 1);
		} else {
			vfs_mem_page_free(node[j]);
			v->reg.pages--;
		}
	}
	vfs_mem_free(node, NODE_BYTES);
}

/* Frees the pages with index >= first under node (covering pages from base on). */
static void trim_node(struct vfs_vnode *v, void **node, uint32_t level, uint64_t base,
		      uint64_t first)
{
	uint64_t span = slot_span(level);

	for (uint32_t j = 0; j < PTRS_PER_BLOCK; j++) {
		uint64_t at = base + j * span;
		if (!node[j] || at + span <= first)
			continue;
		if (level == 1) {
			vfs_mem_page_free(node[j]);
			v->reg.pages--;
		} else if (at >= first) {
			free_node(v, node[j], level - 1);
		} else {
			trim_node(v, node[j], level - 1, at, first);
			continue;
		}
		node[j] = NULL;
	}
}

/* Frees every page with index >= first; the whole tree if first is 0. */
static void trim_from(struct vfs_vnode *v, uint32_t first)
{
	if (!v->reg.root)
		return;
	if (first == 0) {
		free_node(v, v->reg.root, v->reg.height);
		v->reg.root = NULL;
		v->reg.height = 0;
		return;
	}
	trim_node(v, v->reg.root, v->reg.height, 0, first);
}

/* Copies zeros into the io (a hole): like vfs_io_copy_out. */
static long zero_out(const struct vfs_io *io, size_t off, size_t n)
{
	static const char zeros[256];
	size_t done = 0;

	while (done < n) {
		size_t chunk = n - done < sizeof zeros ? n - done : sizeof zeros;
		long r = vfs_io_copy_out(io, off + done, zeros, chunk);
		if (r < 0)
			return done ? (long)done : r;
		done += (size_t)r;
		if ((size_t)r < chunk)
			break;
	}
	return (long)done;
}

/*
 * Reads up to n bytes at pos (>= 0) into the io from offset 0: the bytes
 * read (0 at or past EOF), or -EFAULT if none could be delivered.
 */
long vfs_reg_read(struct vfs_vnode *v, int64_t pos, const struct vfs_io *io, size_t n)
{
	size_t done = 0;

	if (pos >= v->size)
		return 0;
	if ((uint64_t)(v->size - pos) < n)
		n = (size_t)(v->size - pos);
	while (done < n) {
		uint32_t off = (uint32_t)(pos & (VFS_PAGE_SIZE - 1));
		size_t chunk = VFS_PAGE_SIZE - off < n - done ? VFS_PAGE_SIZE - off : n - done;
		char *page = vfs_reg_page(v, (uint32_t)(pos / VFS_PAGE_SIZE));
		long r = page ? vfs_io_copy_out(io, done, page + off, chunk) : zero_out(io, done, chunk);
		if (r < 0)
			return done ? (long)done : r;
		done += (size_t)r;
		pos += r;
		if ((size_t)r < chunk)
			break;
	}
	return (long)done;
}

/*
 * Writes n bytes of the io (from io_off) at pos; the caller has checked
 * pos + n against the size limit. The bytes written, extending the size;
 * if none, -ENOSPC (no page), -ENOMEM or -EFAULT.
 */
long vfs_reg_write(struct vfs_vnode *v, int64_t pos, const struct vfs_io *io, size_t io_off,
		   size_t n)
{
	size_t done = 0;
	long err = 0;

	while (done < n) {
		uint32_t off = (uint32_t)(pos & (VFS_PAGE_SIZE - 1));
		size_t chunk = VFS_PAGE_SIZE - off < n - done ? VFS_PAGE_SIZE - off : n - done;
		char *page;
		if ((err = page_get(v, (uint32_t)(pos / VFS_PAGE_SIZE), &page)))
			break;
		long r = vfs_io_copy_in(io, io_off + done, page + off, chunk);
		if (r < 0) {
			err = r;
			break;
		}
		done += (size_t)r;
		pos += r;
		if ((size_t)r < chunk) {
			err = E(EFAULT);
			break;
		}
	}
	if (done && pos > v->size)
		v->size = pos;
	if (err)
		trim_from(v, pages_for(v->size));
	return done ? (long)done : err;
}

/*
 * Sets the size (0 <= size <= VFS_FILE_MAX_BYTES): shrinking frees the pages
 * past the end and zeroes the tail of the last one, growing leaves a hole.
 */
long vfs_reg_truncate(struct vfs_vnode *v, int64_t size)
{
	if (size < v->size) {
		uint32_t off = (uint32_t)(size & (VFS_PAGE_SIZE - 1));
		char *page = off ? vfs_reg_page(v, (uint32_t)(size / VFS_PAGE_SIZE)) : NULL;
		if (page)
			memset(page + off, 0, VFS_PAGE_SIZE - off);
		trim_from(v, pages_for(size));
	}
	v->size = size;
	return 0;
}

/* Frees all the data. */
void vfs_reg_free(struct vfs_vnode *v)
{
	trim_from(v, 0);
}

/* The first page index >= from under node (covering pages from base on) that holds a page. */
static uint64_t next_page(void **node, uint32_t level, uint64_t base, uint64_t from)
{
	uint64_t span = slot_span(level);

	for (uint32_t j = 0; j < PTRS_PER_BLOCK; j++) {
		uint64_t at = base + j * span;
		if (!node[j] || at + span <= from)
			continue;
		if (level == 1)
			return at;
		uint64_t found = next_page(node[j], level - 1, at, from);
		if (found != NO_PAGE)
			return found;
	}
	return NO_PAGE;
}

/*
 * SEEK_DATA (hole 0) or SEEK_HOLE (hole 1) from pos, 0 <= pos < size: a
 * page present is data. The offset found, the size for a hole at EOF, or
 * -ENXIO for no data after pos.
 */
int64_t vfs_reg_seek_data(struct vfs_vnode *v, int64_t pos, int hole)
{
	uint64_t end = pages_for(v->size), i = (uint64_t)pos / VFS_PAGE_SIZE;

	if (hole) {
		while (i < end && vfs_reg_page(v, (uint32_t)i))
			i++;
	} else {
		i = v->reg.root ? next_page(v->reg.root, v->reg.height, 0, i) : NO_PAGE;
	}
	if (i >= end)
		return hole ? v->size : E(ENXIO);
	int64_t at = (int64_t)i * VFS_PAGE_SIZE;
	return at > pos ? at : pos;
}

/* Counts the pages under node (and whether one lies at or past end); nodes into *bytes. */
static uint32_t census_node(void *const *node, uint32_t level, uint64_t base, uint64_t end,
			    size_t *bytes, int *past_eof)
{
	uint64_t span = slot_span(level);
	uint32_t n = 0;

	*bytes += NODE_BYTES;
	for (uint32_t j = 0; j < PTRS_PER_BLOCK; j++) {
		if (!node[j])
			continue;
		if (level > 1) {
			n += census_node(node[j], level - 1, base + j * span, end, bytes, past_eof);
			continue;
		}
		n++;
		if (base + j >= end)
			*past_eof = 1;
	}
	return n;
}

/*
 * For vfs_check: the pages found in the index (and whether one lies past
 * EOF); *bytes grows by the index's allocations.
 */
uint32_t vfs_reg_census(const struct vfs_vnode *v, size_t *bytes, int *past_eof)
{
	if (!v->reg.root)
		return 0;
	return census_node(v->reg.root, v->reg.height, 0, pages_for(v->size), bytes, past_eof);
}
