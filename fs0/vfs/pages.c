/*
 * Regular file data: 4 KiB pages found through a two-level index (an array
 * of blocks of PTRS_PER_BLOCK page pointers, both grown on demand), so a
 * sparse file costs only the pages written; holes read as zeros.
 * Entry points: vfs_reg_read, vfs_reg_write, vfs_reg_truncate, vfs_reg_free,
 * vfs_reg_seek_data, vfs_reg_page, vfs_reg_census.
 */
#include "internal.h"

#define BLOCK_BYTES (PTRS_PER_BLOCK * sizeof(void *))
#define MAX_BLOCKS  ((uint32_t)((VFS_FILE_MAX_BYTES / VFS_PAGE_SIZE) / PTRS_PER_BLOCK + 1))

/* pages needed to hold bytes */
static uint32_t pages_for(int64_t bytes)
{
	return (uint32_t)((bytes + VFS_PAGE_SIZE - 1) / VFS_PAGE_SIZE);
}

/* the page at index, or NULL for a hole */
void *vfs_reg_page(const struct vfs_vnode *v, uint32_t index)
{
	uint32_t b = index / PTRS_PER_BLOCK;

	if (b >= v->reg.nblocks || !v->reg.blocks[b])
		return NULL;
	return v->reg.blocks[b][index % PTRS_PER_BLOCK];
}

/* Grows the block array to hold block b: 0 or -ENOMEM. */
static long grow_blocks(struct vfs_vnode *v, uint32_t b)
{
	uint32_t n = v->reg.nblocks ? v->reg.nblocks : 1;

	while (n <= b)
		n *= 2;
	if (n > MAX_BLOCKS)
		n = MAX_BLOCKS;
	void ***blocks = vfs_mem_alloc(n * sizeof *blocks);
	if (!blocks)
		return E(ENOMEM);
	if (v->reg.nblocks)
		memcpy(blocks, v->reg.blocks, v->reg.nblocks * sizeof *blocks);
	vfs_mem_free(v->reg.blocks, v->reg.nblocks * sizeof *blocks);
	v->reg.blocks = blocks;
	v->reg.nblocks = n;
	return 0;
}

/* The page at index, allocated if missing: 0 and *page, -ENOMEM or -ENOSPC. */
static long page_get(struct vfs_vnode *v, uint32_t index, char **page)
{
	uint32_t b = index / PTRS_PER_BLOCK;

	if (b >= v->reg.nblocks) {
		long err = grow_blocks(v, b);
		if (err)
			return err;
	}
	if (!v->reg.blocks[b] && !(v->reg.blocks[b] = vfs_mem_alloc(BLOCK_BYTES)))
		return E(ENOMEM);
	void **slot = &v->reg.blocks[b][index % PTRS_PER_BLOCK];
	if (!*slot) {
		if (!(*slot = vfs_mem_page()))
			return E(ENOSPC);
		v->reg.pages++;
	}
	*page = *slot;
	return 0;
}

/* Frees every page with index >= first, and the index blocks left empty. */
static void trim_from(struct vfs_vnode *v, uint32_t first)
{
	for (uint32_t b = first / PTRS_PER_BLOCK; b < v->reg.nblocks; b++) {
		void **blk = v->reg.blocks[b];
		if (!blk)
			continue;
		uint32_t j = b == first / PTRS_PER_BLOCK ? first % PTRS_PER_BLOCK : 0;
		for (; j < PTRS_PER_BLOCK; j++) {
			if (blk[j]) {
				vfs_mem_page_free(blk[j]);
				blk[j] = NULL;
				v->reg.pages--;
			}
		}
		if (b * PTRS_PER_BLOCK >= first) {
			vfs_mem_free(blk, BLOCK_BYTES);
			v->reg.blocks[b] = NULL;
		}
	}
	if (first == 0) {
		vfs_mem_free(v->reg.blocks, v->reg.nblocks * sizeof *v->reg.blocks);
		v->reg.blocks = NULL;
		v->reg.nblocks = 0;
	}
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

/*
 * SEEK_DATA (hole 0) or SEEK_HOLE (hole 1) from pos, 0 <= pos < size: a
 * page present is data. The offset found, the size for a hole at EOF, or
 * -ENXIO for no data after pos.
 */
int64_t vfs_reg_seek_data(struct vfs_vnode *v, int64_t pos, int hole)
{
	for (uint32_t i = (uint32_t)(pos / VFS_PAGE_SIZE); (int64_t)i * VFS_PAGE_SIZE < v->size; i++) {
		if ((vfs_reg_page(v, i) == NULL) == hole) {
			int64_t at = (int64_t)i * VFS_PAGE_SIZE;
			return at > pos ? at : pos;
		}
	}
	return hole ? v->size : E(ENXIO);
}

/*
 * For vfs_check: the pages found in the index (and whether one lies past
 * EOF); *bytes grows by the index's allocations.
 */
uint32_t vfs_reg_census(const struct vfs_vnode *v, size_t *bytes, int *past_eof)
{
	uint32_t n = 0, end = pages_for(v->size);

	*bytes += v->reg.nblocks * sizeof *v->reg.blocks;
	for (uint32_t b = 0; b < v->reg.nblocks; b++) {
		if (!v->reg.blocks[b])
			continue;
		*bytes += BLOCK_BYTES;
		for (uint32_t j = 0; j < PTRS_PER_BLOCK; j++) {
			if (!v->reg.blocks[b][j])
				continue;
			n++;
			if (b * PTRS_PER_BLOCK + j >= end)
				*past_eof = 1;
		}
	}
	return n;
}
