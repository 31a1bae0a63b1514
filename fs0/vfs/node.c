/*
 * Vnodes: creation with a fresh inode number and times, reference counting
 * (freed when both nlink and refs are 0, so an unlinked file lives until its
 * last close), timestamps with Linux's relatime rule, and st_blocks.
 * Entry points: vfs_node_new/get/put/destroy, vfs_node_touch,
 * vfs_node_read_touch, vfs_node_blocks.
 */
#include "internal.h"

/*
 * A new unlinked vnode of mode (type and permissions), owned by root, all
 * times now: 0 or -ENOSPC (as tmpfs says when it cannot get an inode).
 */
long vfs_node_new(uint32_t mode, struct vfs_vnode **out)
{
	struct vfs_vnode *v = vfs_mem_alloc(sizeof *v);

	if (!v)
		return E(ENOSPC);
	v->ino = vfs_g.next_ino++;
	v->mode = mode;
	vfs_now(&v->btime);
	v->atime = v->mtime = v->ctime = v->btime;
	if (IS_DIR(v)) {
		v->dir.next_cookie = 2;
		v->size = 2 * BOGO_DIRENT_BYTES;
	}
	LIST_ADD(vfs_g.vnodes, v);
	vfs_g.n.vnodes++;
	*out = v;
	return 0;
}

/* One more reference to v. */
void vfs_node_get(struct vfs_vnode *v)
{
	v->refs++;
}

/* Drops a reference; frees v if nothing names or holds it any more. */
void vfs_node_put(struct vfs_vnode *v)
{
	if (--v->refs == 0 && v->nlink == 0)
		vfs_node_destroy(v);
}

/* Frees v and its data; a directory must be empty. Drops its ".." reference. */
void vfs_node_destroy(struct vfs_vnode *v)
{
	struct vfs_vnode *parent = NULL;

	if (IS_REG(v))
		vfs_reg_free(v);
	else if (IS_LNK(v))
		vfs_mem_free(v->lnk.target, (size_t)v->size + 1);
	else if (IS_DIR(v))
		parent = v->dir.parent;
	LIST_DEL(vfs_g.vnodes, v);
	vfs_g.n.vnodes--;
	vfs_mem_free(v, sizeof *v);
	if (parent)
		vfs_node_put(parent);
}

/* Sets the chosen times (T_A, T_M, T_C) to now. */
void vfs_node_touch(struct vfs_vnode *v, uint32_t which)
{
	struct vfs_time now;

	vfs_now(&now);
	if (which & T_A)
		v->atime = now;
	if (which & T_M)
		v->mtime = now;
	if (which & T_C)
		v->ctime = now;
}

/* 1 if a is not after b */
static int time_le(const struct vfs_time *a, const struct vfs_time *b)
{
	return a->sec < b->sec || (a->sec == b->sec && a->nsec <= b->nsec);
}

/*
 * A read happened: relatime updates atime only if it is not after mtime or
 * ctime, or is a day old (Linux's default mount option).
 */
void vfs_node_read_touch(struct vfs_vnode *v)
{
	struct vfs_time now;

	vfs_now(&now);
	if (time_le(&v->atime, &v->mtime) || time_le(&v->atime, &v->ctime) ||
	    now.sec - v->atime.sec >= 24 * 60 * 60)
		v->atime = now;
}

/* st_blocks as tmpfs reports it, in 512-byte units */
int64_t vfs_node_blocks(const struct vfs_vnode *v)
{
	if (IS_REG(v))
		return (int64_t)v->reg.pages * (VFS_PAGE_SIZE / 512);
	if (IS_LNK(v) && v->size + 1 > SHORT_SYMLINK_LEN)
		return VFS_PAGE_SIZE / 512;
	return 0;
}
