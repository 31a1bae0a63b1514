/*
 * __glue_fstatat_raw: every stat-family call ends here. statx (397) asked
 * for the basic fields, as glibc and musl do on 32-bit ARM (it carries
 * 64-bit times); where the kernel says -ENOSYS, fstat64 (197) or fstatat64
 * (327). Either way the result is narrowed into newlib's struct stat:
 * dev_t, ino_t, uid_t, gid_t and nlink_t are 16-bit there and are
 * truncated; a size that does not fit newlib's 32-bit off_t is EOVERFLOW,
 * as Linux's own stat (106) would say.
 */
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include "glue.h"

static long from_statx(struct stat *st, const struct linux_statx *x)
{
	if (x->stx_size > LONG_MAX)
		return -LINUX_EOVERFLOW;
	memset(st, 0, sizeof *st);
	st->st_dev = (dev_t)LINUX_NEW_ENCODE_DEV(x->stx_dev_major, x->stx_dev_minor);
	st->st_ino = (ino_t)x->stx_ino;
	st->st_mode = x->stx_mode;
	st->st_nlink = (nlink_t)x->stx_nlink;
	st->st_uid = (uid_t)x->stx_uid;
	st->st_gid = (gid_t)x->stx_gid;
	st->st_rdev = (dev_t)LINUX_NEW_ENCODE_DEV(x->stx_rdev_major, x->stx_rdev_minor);
	st->st_size = (off_t)x->stx_size;
	st->st_atim.tv_sec = x->stx_atime.tv_sec;
	st->st_atim.tv_nsec = x->stx_atime.tv_nsec;
	st->st_mtim.tv_sec = x->stx_mtime.tv_sec;
	st->st_mtim.tv_nsec = x->stx_mtime.tv_nsec;
	st->st_ctim.tv_sec = x->stx_ctime.tv_sec;
	st->st_ctim.tv_nsec = x->stx_ctime.tv_nsec;
	st->st_blksize = x->stx_blksize;
	st->st_blocks = (blkcnt_t)x->stx_blocks;
	return 0;
}

static long from_stat64(struct stat *st, const struct linux_stat64 *k)
{
	if (k->st_size > LONG_MAX)
		return -LINUX_EOVERFLOW;
	memset(st, 0, sizeof *st);
	st->st_dev = (dev_t)k->st_dev;
	st->st_ino = (ino_t)k->st_ino;
	st->st_mode = k->st_mode;
	st->st_nlink = (nlink_t)k->st_nlink;
	st->st_uid = (uid_t)k->st_uid;
	st->st_gid = (gid_t)k->st_gid;
	st->st_rdev = (dev_t)k->st_rdev;
	st->st_size = (off_t)k->st_size;
	st->st_atim.tv_sec = k->st_atime_sec;
	st->st_atim.tv_nsec = k->st_atime_nsec;
	st->st_mtim.tv_sec = k->st_mtime_sec;
	st->st_mtim.tv_nsec = k->st_mtime_nsec;
	st->st_ctim.tv_sec = k->st_ctime_sec;
	st->st_ctim.tv_nsec = k->st_ctime_nsec;
	st->st_blksize = k->st_blksize;
	st->st_blocks = (blkcnt_t)k->st_blocks;
	return 0;
}

long __glue_fstatat_raw(int dirfd, const char *path, struct stat *st, int flags)
{
	struct linux_statx x;
	struct linux_stat64 k;
	long r = __syscall(SYS_statx, dirfd, path, flags, LINUX_STATX_BASIC_STATS, &x);

	if (r == 0)
		return from_statx(st, &x);
	if (r != -LINUX_ENOSYS)
		return r;
	if ((flags & LINUX_AT_EMPTY_PATH) && path && !*path)
		r = __syscall(SYS_fstat64, dirfd, &k);
	else
		r = __syscall(SYS_fstatat64, dirfd, path, &k, flags);
	return r ? r : from_stat64(st, &k);
}
