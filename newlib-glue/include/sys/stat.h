/*
 * <sys/stat.h>: newlib's, plus what it leaves out on this target: lstat()
 * and mknod() (declared only for some other targets), UTIME_NOW and
 * UTIME_OMIT (Linux's values) for utimensat(), and glibc's statx() with
 * Linux's struct statx, STATX_* and AT_STATX_* (with _GNU_SOURCE).
 */
#ifndef _GLUE_SYS_STAT_H
#define _GLUE_SYS_STAT_H

#include_next <sys/stat.h>

#ifdef __cplusplus
extern "C" {
#endif

#if !defined(__SPU__) && !defined(__rtems__) && !defined(__CYGWIN__)
int lstat(const char *__restrict __path, struct stat *__restrict __buf);
int mknod(const char *__path, mode_t __mode, dev_t __dev);
#endif

#ifndef UTIME_NOW
#define UTIME_NOW  ((1l << 30) - 1l)
#define UTIME_OMIT ((1l << 30) - 2l)
#endif

#if __GNU_VISIBLE
#include <stdint.h>
#include <linux_abi/stat.h>
#include <linux_abi/fcntl.h>

struct statx_timestamp {
	int64_t tv_sec;
	uint32_t tv_nsec;
	int32_t __reserved;
};

/* Linux's struct statx (256 bytes) with glibc's names */
struct statx {
	uint32_t stx_mask;
	uint32_t stx_blksize;
	uint64_t stx_attributes;
	uint32_t stx_nlink;
	uint32_t stx_uid;
	uint32_t stx_gid;
	uint16_t stx_mode;
	uint16_t __statx_pad1[1];
	uint64_t stx_ino;
	uint64_t stx_size;
	uint64_t stx_blocks;
	uint64_t stx_attributes_mask;
	struct statx_timestamp stx_atime;
	struct statx_timestamp stx_btime;
	struct statx_timestamp stx_ctime;
	struct statx_timestamp stx_mtime;
	uint32_t stx_rdev_major;
	uint32_t stx_rdev_minor;
	uint32_t stx_dev_major;
	uint32_t stx_dev_minor;
	uint64_t stx_mnt_id;
	uint32_t stx_dio_mem_align;
	uint32_t stx_dio_offset_align;
	uint64_t __statx_pad2[12];
};

#define STATX_TYPE          LINUX_STATX_TYPE
#define STATX_MODE          LINUX_STATX_MODE
#define STATX_NLINK         LINUX_STATX_NLINK
#define STATX_UID           LINUX_STATX_UID
#define STATX_GID           LINUX_STATX_GID
#define STATX_ATIME         LINUX_STATX_ATIME
#define STATX_MTIME         LINUX_STATX_MTIME
#define STATX_CTIME         LINUX_STATX_CTIME
#define STATX_INO           LINUX_STATX_INO
#define STATX_SIZE          LINUX_STATX_SIZE
#define STATX_BLOCKS        LINUX_STATX_BLOCKS
#define STATX_BASIC_STATS   LINUX_STATX_BASIC_STATS
#define STATX_BTIME         LINUX_STATX_BTIME
#define STATX_MNT_ID        LINUX_STATX_MNT_ID
#define STATX_DIOALIGN      LINUX_STATX_DIOALIGN
#define STATX_ALL           LINUX_STATX_ALL

#define STATX_ATTR_COMPRESSED LINUX_STATX_ATTR_COMPRESSED
#define STATX_ATTR_IMMUTABLE  LINUX_STATX_ATTR_IMMUTABLE
#define STATX_ATTR_APPEND     LINUX_STATX_ATTR_APPEND
#define STATX_ATTR_NODUMP     LINUX_STATX_ATTR_NODUMP
#define STATX_ATTR_ENCRYPTED  LINUX_STATX_ATTR_ENCRYPTED
#define STATX_ATTR_AUTOMOUNT  LINUX_STATX_ATTR_AUTOMOUNT
#define STATX_ATTR_MOUNT_ROOT LINUX_STATX_ATTR_MOUNT_ROOT
#define STATX_ATTR_VERITY     LINUX_STATX_ATTR_VERITY
#define STATX_ATTR_DAX        LINUX_STATX_ATTR_DAX

/* statx-only flags, Linux's values (newlib's AT_* flags are translated) */
#define AT_NO_AUTOMOUNT       LINUX_AT_NO_AUTOMOUNT
#define AT_STATX_SYNC_TYPE    LINUX_AT_STATX_SYNC_TYPE
#define AT_STATX_SYNC_AS_STAT LINUX_AT_STATX_SYNC_AS_STAT
#define AT_STATX_FORCE_SYNC   LINUX_AT_STATX_FORCE_SYNC
#define AT_STATX_DONT_SYNC    LINUX_AT_STATX_DONT_SYNC

int statx(int __dirfd, const char *__restrict __path, int __flags, unsigned __mask,
	  struct statx *__restrict __buf);
#endif

#ifdef __cplusplus
}
#endif

#endif
