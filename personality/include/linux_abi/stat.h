/*
 * File modes and the stat family as 32-bit ARM EABI Linux returns them:
 * struct stat (stat/lstat/fstat, 106-108), struct stat64 (stat64/lstat64/
 * fstat64/fstatat64, 195-197 and 327), struct statx (397), struct statfs and
 * statfs64 (99/100 and 266/267).
 *
 * Timestamps are named st_atime_sec, not st_atime, because newlib's
 * <sys/stat.h> (like glibc's) #defines st_atime to st_atim.tv_sec.
 */
#ifndef PERSONALITY_LINUX_ABI_STAT_H
#define PERSONALITY_LINUX_ABI_STAT_H

#include <stdint.h>

/* st_mode, octal as in Linux (include/uapi/linux/stat.h) */
#define LINUX_S_IFMT   00170000
#define LINUX_S_IFSOCK 0140000
#define LINUX_S_IFLNK  0120000
#define LINUX_S_IFREG  0100000
#define LINUX_S_IFBLK  0060000
#define LINUX_S_IFDIR  0040000
#define LINUX_S_IFCHR  0020000
#define LINUX_S_IFIFO  0010000
#define LINUX_S_ISUID  0004000
#define LINUX_S_ISGID  0002000
#define LINUX_S_ISVTX  0001000
#define LINUX_S_IRWXU  00700
#define LINUX_S_IRUSR  00400
#define LINUX_S_IWUSR  00200
#define LINUX_S_IXUSR  00100
#define LINUX_S_IRWXG  00070
#define LINUX_S_IRGRP  00040
#define LINUX_S_IWGRP  00020
#define LINUX_S_IXGRP  00010
#define LINUX_S_IRWXO  00007
#define LINUX_S_IROTH  00004
#define LINUX_S_IWOTH  00002
#define LINUX_S_IXOTH  00001

#define LINUX_S_ISLNK(m)  (((m) & LINUX_S_IFMT) == LINUX_S_IFLNK)
#define LINUX_S_ISREG(m)  (((m) & LINUX_S_IFMT) == LINUX_S_IFREG)
#define LINUX_S_ISDIR(m)  (((m) & LINUX_S_IFMT) == LINUX_S_IFDIR)
#define LINUX_S_ISCHR(m)  (((m) & LINUX_S_IFMT) == LINUX_S_IFCHR)
#define LINUX_S_ISBLK(m)  (((m) & LINUX_S_IFMT) == LINUX_S_IFBLK)
#define LINUX_S_ISFIFO(m) (((m) & LINUX_S_IFMT) == LINUX_S_IFIFO)
#define LINUX_S_ISSOCK(m) (((m) & LINUX_S_IFMT) == LINUX_S_IFSOCK)

/* utimensat tv_nsec special values (include/linux/stat.h) */
#define LINUX_UTIME_NOW  ((1L << 30) - 1L)
#define LINUX_UTIME_OMIT ((1L << 30) - 2L)

/*
 * Device numbers in stat/stat64 use the kernel's "new_encode_dev" form:
 * minor low 8 bits, major next 12, rest of minor above.
 */
#define LINUX_NEW_ENCODE_DEV(major, minor) \
	(((uint32_t)(minor) & 0xff) | ((uint32_t)(major) << 8) | (((uint32_t)(minor) & ~0xffu) << 12))

/* stat/lstat/fstat (arch/arm/include/uapi/asm/stat.h, little-endian): 64 bytes */
struct linux_stat {
	uint32_t st_dev;
	uint32_t st_ino;
	uint16_t st_mode;
	uint16_t st_nlink;
	uint16_t st_uid;
	uint16_t st_gid;
	uint32_t st_rdev;
	uint32_t st_size;
	uint32_t st_blksize;
	uint32_t st_blocks;
	uint32_t st_atime_sec;
	uint32_t st_atime_nsec;
	uint32_t st_mtime_sec;
	uint32_t st_mtime_nsec;
	uint32_t st_ctime_sec;
	uint32_t st_ctime_nsec;
	uint32_t unused4;
	uint32_t unused5;
};

/*
 * stat64 family (arch/arm/include/uapi/asm/stat.h): 104 bytes. The padding
 * follows glibc 2.1's struct stat64; the kernel zeroes it. st_ino is the
 * real inode number; st_ino_low holds its low 32 bits (Linux "__st_ino").
 * EABI aligns the 64-bit members, so there are 4 hidden bytes before
 * st_blocks (offset 60).
 */
struct linux_stat64 {
	uint64_t st_dev;          /*  0 */
	uint8_t  pad0[4];         /*  8 */
	uint32_t st_ino_low;      /* 12 */
	uint32_t st_mode;         /* 16 */
	uint32_t st_nlink;        /* 20 */
	uint32_t st_uid;          /* 24 */
	uint32_t st_gid;          /* 28 */
	uint64_t st_rdev;         /* 32 */
	uint8_t  pad3[4];         /* 40 */
	int64_t  st_size;         /* 48 */
	uint32_t st_blksize;      /* 56 */
	uint64_t st_blocks;       /* 64, 512-byte blocks */
	uint32_t st_atime_sec;    /* 72 */
	uint32_t st_atime_nsec;   /* 76 */
	uint32_t st_mtime_sec;    /* 80 */
	uint32_t st_mtime_nsec;   /* 84 */
	uint32_t st_ctime_sec;    /* 88 */
	uint32_t st_ctime_nsec;   /* 92 */
	uint64_t st_ino;          /* 96 */
};

/* statx (include/uapi/linux/stat.h) */
struct linux_statx_timestamp {
	int64_t  tv_sec;
	uint32_t tv_nsec;
	int32_t  reserved;
};

/* 256 bytes; layout of Linux 6.16+ (stx_atomic_write_unit_max_opt). */
struct linux_statx {
	uint32_t stx_mask;                 /* 0x00 */
	uint32_t stx_blksize;
	uint64_t stx_attributes;
	uint32_t stx_nlink;                /* 0x10 */
	uint32_t stx_uid;
	uint32_t stx_gid;
	uint16_t stx_mode;
	uint16_t spare0[1];
	uint64_t stx_ino;                  /* 0x20 */
	uint64_t stx_size;
	uint64_t stx_blocks;
	uint64_t stx_attributes_mask;
	struct linux_statx_timestamp stx_atime; /* 0x40 */
	struct linux_statx_timestamp stx_btime;
	struct linux_statx_timestamp stx_ctime;
	struct linux_statx_timestamp stx_mtime;
	uint32_t stx_rdev_major;           /* 0x80 */
	uint32_t stx_rdev_minor;
	uint32_t stx_dev_major;
	uint32_t stx_dev_minor;
	uint64_t stx_mnt_id;               /* 0x90 */
	uint32_t stx_dio_mem_align;
	uint32_t stx_dio_offset_align;
	uint64_t stx_subvol;               /* 0xa0 */
	uint32_t stx_atomic_write_unit_min;
	uint32_t stx_atomic_write_unit_max;
	uint32_t stx_atomic_write_segments_max; /* 0xb0 */
	uint32_t stx_dio_read_offset_align;
	uint32_t stx_atomic_write_unit_max_opt; /* 0xb8 */
	uint32_t spare2[1];
	uint64_t spare3[8];                /* 0xc0 */
};

/* stx_mask bits (what was asked for / what was filled in) */
#define LINUX_STATX_TYPE          0x00000001U
#define LINUX_STATX_MODE          0x00000002U
#define LINUX_STATX_NLINK         0x00000004U
#define LINUX_STATX_UID           0x00000008U
#define LINUX_STATX_GID           0x00000010U
#define LINUX_STATX_ATIME         0x00000020U
#define LINUX_STATX_MTIME         0x00000040U
#define LINUX_STATX_CTIME         0x00000080U
#define LINUX_STATX_INO           0x00000100U
#define LINUX_STATX_SIZE          0x00000200U
#define LINUX_STATX_BLOCKS        0x00000400U
#define LINUX_STATX_BASIC_STATS   0x000007ffU
#define LINUX_STATX_BTIME         0x00000800U
#define LINUX_STATX_MNT_ID        0x00001000U
#define LINUX_STATX_DIOALIGN      0x00002000U
#define LINUX_STATX_MNT_ID_UNIQUE 0x00004000U
#define LINUX_STATX_SUBVOL        0x00008000U
#define LINUX_STATX_WRITE_ATOMIC  0x00010000U
#define LINUX_STATX_DIO_READ_ALIGN 0x00020000U
#define LINUX_STATX__RESERVED     0x80000000U
#define LINUX_STATX_ALL           0x00000fffU

/* stx_attributes bits */
#define LINUX_STATX_ATTR_COMPRESSED   0x00000004
#define LINUX_STATX_ATTR_IMMUTABLE    0x00000010
#define LINUX_STATX_ATTR_APPEND       0x00000020
#define LINUX_STATX_ATTR_NODUMP       0x00000040
#define LINUX_STATX_ATTR_ENCRYPTED    0x00000800
#define LINUX_STATX_ATTR_AUTOMOUNT    0x00001000
#define LINUX_STATX_ATTR_MOUNT_ROOT   0x00002000
#define LINUX_STATX_ATTR_VERITY       0x00100000
#define LINUX_STATX_ATTR_DAX          0x00200000
#define LINUX_STATX_ATTR_WRITE_ATOMIC 0x00400000

/* statfs/fstatfs (asm-generic/statfs.h, 32-bit words): 64 bytes */
struct linux_statfs {
	uint32_t f_type;
	uint32_t f_bsize;
	uint32_t f_blocks;
	uint32_t f_bfree;
	uint32_t f_bavail;
	uint32_t f_files;
	uint32_t f_ffree;
	int32_t  f_fsid[2];
	uint32_t f_namelen;
	uint32_t f_frsize;
	uint32_t f_flags;
	uint32_t f_spare[4];
};

/*
 * statfs64/fstatfs64: ARM packs it to 4-byte alignment so EABI and OABI
 * agree (arch/arm/include/uapi/asm/statfs.h): 84 bytes, and the size
 * argument of the syscall must be 84.
 */
struct linux_statfs64 {
	uint32_t f_type;
	uint32_t f_bsize;
	uint64_t f_blocks;
	uint64_t f_bfree;
	uint64_t f_bavail;
	uint64_t f_files;
	uint64_t f_ffree;
	int32_t  f_fsid[2];
	uint32_t f_namelen;
	uint32_t f_frsize;
	uint32_t f_flags;
	uint32_t f_spare[4];
} __attribute__((packed, aligned(4)));

#endif
