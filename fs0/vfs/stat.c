/*
 * fstat, fstatat (struct stat64) and statx, filled as Linux fills them for
 * tmpfs: st_dev (0, VFS_TMPFS_DEV_MINOR), st_blksize 4096, st_blocks in
 * 512-byte units, a directory's size 40 + 20 per entry, btime.
 */
#include "internal.h"

/* stat64 as Linux fills it from a tmpfs inode (padding zeroed) */
static void fill_stat64(const struct vfs_vnode *v, struct linux_stat64 *st)
{
	memset(st, 0, sizeof *st);
	st->st_dev = LINUX_NEW_ENCODE_DEV(0, VFS_TMPFS_DEV_MINOR);
	st->st_ino_low = (uint32_t)v->ino;
	st->st_ino = v->ino;
	st->st_mode = v->mode;
	st->st_nlink = v->nlink;
	st->st_uid = v->uid;
	st->st_gid = v->gid;
	st->st_rdev = LINUX_NEW_ENCODE_DEV(v->rdev_major, v->rdev_minor);
	st->st_size = v->size;
	st->st_blksize = VFS_PAGE_SIZE;
	st->st_blocks = (uint64_t)vfs_node_blocks(v);
	st->st_atime_sec = (uint32_t)v->atime.sec;
	st->st_atime_nsec = v->atime.nsec;
	st->st_mtime_sec = (uint32_t)v->mtime.sec;
	st->st_mtime_nsec = v->mtime.nsec;
	st->st_ctime_sec = (uint32_t)v->ctime.sec;
	st->st_ctime_nsec = v->ctime.nsec;
}

/* fstat64: O_PATH descriptors allowed. */
long vfs_fstat(struct vfs_proc *p, int fd, struct linux_stat64 *st)
{
	struct vfs_file *f = vfs_fd_file(p, fd);

	if (!f)
		return E(EBADF);
	fill_stat64(f->vnode, st);
	return 0;
}

/* fstatat64: AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH, AT_NO_AUTOMOUNT (ignored). */
long vfs_fstatat(struct vfs_proc *p, int dirfd, const char *path, struct linux_stat64 *st,
		 int flags)
{
	struct vfs_vnode *v;
	long err = vfs_lookup_at(p, dirfd, path, flags & ~LINUX_AT_NO_AUTOMOUNT,
				 LINUX_AT_SYMLINK_NOFOLLOW | LINUX_AT_EMPTY_PATH, &v);

	if (err)
		return err;
	fill_stat64(v, st);
	vfs_node_put(v);
	return 0;
}

/* a statx timestamp from a vfs_time */
static void stx_time(struct linux_statx_timestamp *t, const struct vfs_time *v)
{
	t->tv_sec = v->sec;
	t->tv_nsec = v->nsec;
}

/* statx as Linux fills it for tmpfs: basic stats, btime, mount id, attribute masks */
static void fill_statx(const struct vfs_vnode *v, struct linux_statx *stx)
{
	memset(stx, 0, sizeof *stx);
	stx->stx_mask = LINUX_STATX_BASIC_STATS | LINUX_STATX_BTIME | LINUX_STATX_MNT_ID;
	stx->stx_blksize = VFS_PAGE_SIZE;
	stx->stx_attributes = v == vfs_g.root ? LINUX_STATX_ATTR_MOUNT_ROOT : 0;
	stx->stx_attributes_mask = LINUX_STATX_ATTR_APPEND | LINUX_STATX_ATTR_IMMUTABLE |
				   LINUX_STATX_ATTR_NODUMP | LINUX_STATX_ATTR_AUTOMOUNT |
				   LINUX_STATX_ATTR_MOUNT_ROOT | LINUX_STATX_ATTR_DAX;
	stx->stx_nlink = v->nlink;
	stx->stx_uid = v->uid;
	stx->stx_gid = v->gid;
	stx->stx_mode = (uint16_t)v->mode;
	stx->stx_ino = v->ino;
	stx->stx_size = (uint64_t)v->size;
	stx->stx_blocks = (uint64_t)vfs_node_blocks(v);
	stx_time(&stx->stx_atime, &v->atime);
	stx_time(&stx->stx_btime, &v->btime);
	stx_time(&stx->stx_ctime, &v->ctime);
	stx_time(&stx->stx_mtime, &v->mtime);
	stx->stx_rdev_major = v->rdev_major;
	stx->stx_rdev_minor = v->rdev_minor;
	stx->stx_dev_minor = VFS_TMPFS_DEV_MINOR;
	stx->stx_mnt_id = 1;
}

/* statx: the mask is a hint (everything is always filled); reserved bits -EINVAL. */
long vfs_statx(struct vfs_proc *p, int dirfd, const char *path, int flags, uint32_t mask,
	       struct linux_statx *stx)
{
	struct vfs_vnode *v;

	if (mask & LINUX_STATX__RESERVED)
		return E(EINVAL);
	if ((flags & LINUX_AT_STATX_SYNC_TYPE) == LINUX_AT_STATX_SYNC_TYPE)
		return E(EINVAL);
	long err = vfs_lookup_at(p, dirfd, path,
				 flags & ~(LINUX_AT_NO_AUTOMOUNT | LINUX_AT_STATX_SYNC_TYPE),
				 LINUX_AT_SYMLINK_NOFOLLOW | LINUX_AT_EMPTY_PATH, &v);
	if (err)
		return err;
	fill_statx(v, stx);
	vfs_node_put(v);
	return 0;
}
