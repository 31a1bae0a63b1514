/*
 * Symbolic and hard links: symlinkat, readlinkat, linkat.
 */
#include "internal.h"

/* symlinkat: an empty target is -ENOENT; the target is copied before the name is made. */
long vfs_symlinkat(struct vfs_proc *p, const char *target, int newdirfd, const char *linkpath)
{
	struct vfs_walk w;
	struct vfs_vnode *v;
	long len = vfs_path_check(target);

	if (len == 0)
		return E(ENOENT);
	if (len < 0)
		return len;
	char *copy = vfs_mem_alloc((size_t)len + 1);
	if (!copy)
		return E(ENOMEM);
	memcpy(copy, target, (size_t)len);
	long err = vfs_create_prep(&w, p, newdirfd, linkpath, 0);
	if (!err)
		err = vfs_create_node(&w, LINUX_S_IFLNK | 0777, &v);
	if (err) {
		vfs_mem_free(copy, (size_t)len + 1);
	} else {
		v->lnk.target = copy;
		v->size = len;
	}
	vfs_walk_done(&w);
	return err;
}

/* readlinkat: bufsiz <= 0 is -EINVAL; the target is truncated, no NUL; a fault is -EFAULT. */
long vfs_readlinkat(struct vfs_proc *p, int dirfd, const char *path, const struct vfs_io *io)
{
	int32_t bufsiz = (int32_t)(uint32_t)io->bytes;
	struct vfs_vnode *v;

	if (bufsiz <= 0)
		return E(EINVAL);
	long err = vfs_lookup(p, dirfd, path, LOOKUP_EMPTY, &v);
	if (err)
		return err;
	if (!IS_LNK(v)) {
		err = path[0] ? E(EINVAL) : E(ENOENT);
	} else {
		size_t n = (uint64_t)v->size < (uint32_t)bufsiz ? (size_t)v->size : (size_t)bufsiz;
		err = vfs_io_copy_out(io, 0, v->lnk.target, n) == (long)n ? (long)n : E(EFAULT);
		vfs_node_read_touch(v);
	}
	vfs_node_put(v);
	return err;
}

/* linkat: follows only with AT_SYMLINK_FOLLOW; directories -EPERM; unlinked files -ENOENT. */
long vfs_linkat(struct vfs_proc *p, int olddirfd, const char *oldpath, int newdirfd,
		const char *newpath, int flags)
{
	struct vfs_walk w;
	struct vfs_vnode *old;

	if (flags & ~(LINUX_AT_SYMLINK_FOLLOW | LINUX_AT_EMPTY_PATH))
		return E(EINVAL);
	int lflags = (flags & LINUX_AT_SYMLINK_FOLLOW ? LOOKUP_FOLLOW : 0) |
		     (flags & LINUX_AT_EMPTY_PATH ? LOOKUP_EMPTY : 0);
	long err = vfs_lookup(p, olddirfd, oldpath, lflags, &old);
	if (err)
		return err;
	err = vfs_create_prep(&w, p, newdirfd, newpath, 0);
	if (!err && IS_DIR(old))
		err = E(EPERM);
	if (!err && old->nlink == 0 && !old->linkable)
		err = E(ENOENT);
	if (!err && !(err = vfs_dir_link_new(w.dir, w.last, w.last_len, old))) {
		old->linkable = 0;
		vfs_node_touch(old, T_C);
	}
	vfs_walk_done(&w);
	vfs_node_put(old);
	return err;
}
