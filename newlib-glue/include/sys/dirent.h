/*
 * <sys/dirent.h>: newlib's <dirent.h> declares opendir() and friends and
 * includes this for DIR and struct dirent; newlib's own copy is only an
 * #error for systems without directories. The entry is glibc's shape
 * (d_ino, d_off, d_reclen, d_type, d_name[256]) with newlib's 16-bit ino_t
 * and 32-bit off_t; d_type takes Linux's DT_* values.
 */
#ifndef _SYS_DIRENT_H
#define _SYS_DIRENT_H

#include <sys/types.h>
#include <linux_abi/dirent.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MAXNAMLEN 255

typedef struct __glue_dir DIR;

struct dirent {
	ino_t d_ino;
	off_t d_off;
	unsigned short d_reclen;
	unsigned char d_type;
	char d_name[MAXNAMLEN + 1];
};

#define _DIRENT_HAVE_D_OFF
#define _DIRENT_HAVE_D_RECLEN
#define _DIRENT_HAVE_D_TYPE

#define DT_UNKNOWN LINUX_DT_UNKNOWN
#define DT_FIFO    LINUX_DT_FIFO
#define DT_CHR     LINUX_DT_CHR
#define DT_DIR     LINUX_DT_DIR
#define DT_BLK     LINUX_DT_BLK
#define DT_REG     LINUX_DT_REG
#define DT_LNK     LINUX_DT_LNK
#define DT_SOCK    LINUX_DT_SOCK
#define DT_WHT     LINUX_DT_WHT

/* st_mode type bits <-> d_type */
#define IFTODT(mode) (((mode) & 0170000) >> 12)
#define DTTOIF(type) ((type) << 12)

#ifdef __cplusplus
}
#endif

#endif
