/*
 * Changing attributes: fchmodat/fchmod, fchownat/fchown (which clear
 * set-user-id, and set-group-id when group-executable, on non-directories
 * as Linux's chown_common does even for root), utimensat, truncate and
 * ftruncate. Entry points: the calls, vfs_setattr_size, vfs_chmod_node,
 * vfs_chown_node.
 */
#include "internal.h"

/* A regular file's new size (truncate, ftruncate, O_TRUNC): 0 or -EFBIG. */
long vfs_setattr_size(struct vfs_vnode *v, int64_t length)
{
	if (length > VFS_FILE_MAX_BYTES)
		return E(EFBIG);
	vfs_reg_truncate(v, length);
	vfs_node_touch(v, T_M | T_C);
	return 0;
}

/* The permission bits (07777) become mode; the type stays; ctime. */
void vfs_chmod_node(struct vfs_vnode *v, uint32_t mode)
{
	v->mode = (v->mode & LINUX_S_IFMT) | (mode & 07777);
	vfs_node_touch(v, T_C);
}

/* uid or gid (uint32_t)-1 stays */
void vfs_chown_node(struct vfs_vnode *v, uint32_t uid, uint32_t gid)
{
	if (uid != (uint32_t)-1)
		v->uid = uid;
	if (gid != (uint32_t)-1)
		v->gid = gid;
	if (!IS_DIR(v)) {
		v->mode &= ~LINUX_S_ISUID;
		if (v->mode & LINUX_S_IXGRP)
			v->mode &= ~LINUX_S_ISGID;
	}
	vfs_node_touch(v, T_C);
}

/* fchmodat2: a symlink itself (AT_SYMLINK_NOFOLLOW) cannot be changed: -EOPNOTSUPP. */
long vfs_fchmodat(struct vfs_proc *p, int dirfd, const char *path, uint32_t mode, int flags)
{
	struct vfs_vnode *v;
	long err = vfs_lookup_at(p, dirfd, path, flags,
				 LINUX_AT_SYMLINK_NOFOLLOW | LINUX_AT_EMPTY_PATH, &v);

	if (err)
		return err;
	if (IS_LNK(v))
		err = E(EOPNOTSUPP);
	else
		vfs_chmod_node(v, mode);
	vfs_node_put(v);
	return err;
}

/* fchmod: not through O_PATH descriptors (-EBADF). */
long vfs_fchmod(struct vfs_proc *p, int fd, uint32_t mode)
{
	struct vfs_file *f = vfs_fd_io_file(p, fd);

	if (!f)
		return E(EBADF);
	vfs_chmod_node(f->vnode, mode);
	return 0;
}

/* fchownat: (uint32_t)-1 keeps an id; AT_SYMLINK_NOFOLLOW changes a symlink itself. */
long vfs_fchownat(struct vfs_proc *p, int dirfd, const char *path, uint32_t uid, uint32_t gid,
		  int flags)
{
	struct vfs_vnode *v;
	long err = vfs_lookup_at(p, dirfd, path, flags,
				 LINUX_AT_SYMLINK_NOFOLLOW | LINUX_AT_EMPTY_PATH, &v);

	if (err)
		return err;
	vfs_chown_node(v, uid, gid);
	vfs_node_put(v);
	return 0;
}

/* fchown: not through O_PATH descriptors (-EBADF). */
long vfs_fchown(struct vfs_proc *p, int fd, uint32_t uid, uint32_t gid)
{
	struct vfs_file *f = vfs_fd_io_file(p, fd);

	if (!f)
		return E(EBADF);
	vfs_chown_node(f->vnode, uid, gid);
	return 0;
}

/* a tv_nsec utimensat accepts: 0..999999999, UTIME_NOW or UTIME_OMIT */
static int nsec_valid(uint32_t nsec)
{
	return nsec == LINUX_UTIME_NOW || nsec == LINUX_UTIME_OMIT || nsec <= 999999999u;
}

/* One of atime/mtime per utimensat: now, unchanged or the given time. */
static void set_time(struct vfs_time *t, const struct vfs_time *want, const struct vfs_time *now)
{
	if (!want || want->nsec == LINUX_UTIME_NOW)
		*t = *now;
	else if (want->nsec != LINUX_UTIME_OMIT)
		*t = *want;
}

/* the vnode utimensat works on: held, or -errno */
static long utimens_node(struct vfs_proc *p, int dirfd, const char *path, int flags,
			 struct vfs_vnode **out)
{
	if (path)
		return vfs_lookup_at(p, dirfd, path, flags,
				     LINUX_AT_SYMLINK_NOFOLLOW | LINUX_AT_EMPTY_PATH, out);
	if (dirfd == LINUX_AT_FDCWD)
		return E(EFAULT);
	if (flags)
		return E(EINVAL);
	struct vfs_file *f = vfs_fd_io_file(p, dirfd);
	if (!f)
		return E(EBADF);
	vfs_node_get(f->vnode);
	*out = f->vnode;
	return 0;
}

/* Both times UTIME_OMIT: success before the path is even looked at, as Linux. */
long vfs_utimensat(struct vfs_proc *p, int dirfd, const char *path, const struct vfs_time *times,
		   int flags)
{
	struct vfs_vnode *v;
	struct vfs_time now;

	if (times && times[0].nsec == LINUX_UTIME_OMIT && times[1].nsec == LINUX_UTIME_OMIT)
		return 0;
	if (times && (!nsec_valid(times[0].nsec) || !nsec_valid(times[1].nsec)))
		return E(EINVAL);
	long err = utimens_node(p, dirfd, path, flags, &v);
	if (err)
		return err;
	vfs_now(&now);
	set_time(&v->atime, times ? &times[0] : NULL, &now);
	set_time(&v->mtime, times ? &times[1] : NULL, &now);
	v->ctime = now;
	vfs_node_put(v);
	return 0;
}

/* truncate: a regular file only (a directory: -EISDIR, others: -EINVAL). */
long vfs_truncate(struct vfs_proc *p, const char *path, int64_t length)
{
	struct vfs_vnode *v;

	if (length < 0)
		return E(EINVAL);
	long err = vfs_lookup(p, LINUX_AT_FDCWD, path, LOOKUP_FOLLOW, &v);
	if (err)
		return err;
	if (IS_DIR(v))
		err = E(EISDIR);
	else if (!IS_REG(v))
		err = E(EINVAL);
	else
		err = vfs_setattr_size(v, length);
	vfs_node_put(v);
	return err;
}

/* ftruncate64: -EINVAL unless a regular file open for writing. */
long vfs_ftruncate(struct vfs_proc *p, int fd, int64_t length)
{
	if (length < 0)
		return E(EINVAL);
	struct vfs_file *f = vfs_fd_io_file(p, fd);
	if (!f)
		return E(EBADF);
	if (!IS_REG(f->vnode) || !(f->mode & VFS_FMODE_WRITE))
		return E(EINVAL);
	return vfs_setattr_size(f->vnode, length);
}
