/*
 * Directory records of getdents64 (217) and the old getdents (141), as
 * fs/readdir.c writes them, and the d_type values (include/linux/fs_types.h,
 * the st_mode type bits shifted down by 12).
 */
#ifndef PERSONALITY_LINUX_ABI_DIRENT_H
#define PERSONALITY_LINUX_ABI_DIRENT_H

#include <stdint.h>

/*
 * getdents64: the fixed part is 19 bytes, the name starts at offset 19 and
 * is NUL-terminated; each record is padded to a multiple of 8 bytes
 * (sizeof this struct is 24 because of that alignment, not 19).
 */
struct linux_dirent64 {
	uint64_t d_ino;
	int64_t  d_off;      /* opaque position of the next record (for lseek) */
	uint16_t d_reclen;
	uint8_t  d_type;
	char     d_name[];
};

#define LINUX_DIRENT64_NAME_OFFSET 19
/* record length for a name of namelen bytes (without its NUL) */
#define LINUX_DIRENT64_RECLEN(namelen) \
	((LINUX_DIRENT64_NAME_OFFSET + (namelen) + 1 + 7) & ~7u)

/*
 * getdents (old): 32-bit d_ino and d_off, the name at offset 10, then its
 * NUL, padding, and d_type in the record's last byte; records are padded
 * to a multiple of 4 bytes.
 */
struct linux_dirent {
	uint32_t d_ino;
	uint32_t d_off;
	uint16_t d_reclen;
	char     d_name[];
};

#define LINUX_DIRENT_NAME_OFFSET 10
#define LINUX_DIRENT_RECLEN(namelen) \
	((LINUX_DIRENT_NAME_OFFSET + (namelen) + 2 + 3) & ~3u)

#define LINUX_DT_UNKNOWN 0
#define LINUX_DT_FIFO    1
#define LINUX_DT_CHR     2
#define LINUX_DT_DIR     4
#define LINUX_DT_BLK     6
#define LINUX_DT_REG     8
#define LINUX_DT_LNK     10
#define LINUX_DT_SOCK    12
#define LINUX_DT_WHT     14

#endif
