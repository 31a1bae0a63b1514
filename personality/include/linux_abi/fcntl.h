/*
 * Linux open flags, fcntl commands and locks, *at() flags, lseek whence and
 * renameat2 flags, as 32-bit ARM EABI sees them.
 *
 * ARM differs from asm-generic in four open flags (arch/arm/include/uapi/
 * asm/fcntl.h): O_DIRECTORY, O_NOFOLLOW, O_DIRECT and O_LARGEFILE. 32-bit
 * ARM glibc sets O_LARGEFILE on every open, so servers must accept it.
 */
#ifndef PERSONALITY_LINUX_ABI_FCNTL_H
#define PERSONALITY_LINUX_ABI_FCNTL_H

#include <stdint.h>

/* open(2) flags, octal as in Linux */
#define LINUX_O_ACCMODE    00000003
#define LINUX_O_RDONLY     00000000
#define LINUX_O_WRONLY     00000001
#define LINUX_O_RDWR       00000002
#define LINUX_O_CREAT      00000100
#define LINUX_O_EXCL       00000200
#define LINUX_O_NOCTTY     00000400
#define LINUX_O_TRUNC      00001000
#define LINUX_O_APPEND     00002000
#define LINUX_O_NONBLOCK   00004000
#define LINUX_O_NDELAY     LINUX_O_NONBLOCK
#define LINUX_O_DSYNC      00010000
#define LINUX_FASYNC       00020000
#define LINUX_O_DIRECTORY  00040000  /* ARM; generic is 0200000 */
#define LINUX_O_NOFOLLOW   00100000  /* ARM; generic is 0400000 */
#define LINUX_O_DIRECT     00200000  /* ARM; generic is 040000 */
#define LINUX_O_LARGEFILE  00400000  /* ARM; generic is 0100000 */
#define LINUX_O_NOATIME    01000000
#define LINUX_O_CLOEXEC    02000000
#define LINUX___O_SYNC     04000000
#define LINUX_O_SYNC       (LINUX___O_SYNC | LINUX_O_DSYNC)
#define LINUX_O_PATH       010000000
#define LINUX___O_TMPFILE  020000000
#define LINUX_O_TMPFILE    (LINUX___O_TMPFILE | LINUX_O_DIRECTORY)

/* fcntl(2) commands; F_GETLK64.. exist because ARM is 32-bit */
#define LINUX_F_DUPFD      0
#define LINUX_F_GETFD      1
#define LINUX_F_SETFD      2
#define LINUX_F_GETFL      3
#define LINUX_F_SETFL      4
#define LINUX_F_GETLK      5
#define LINUX_F_SETLK      6
#define LINUX_F_SETLKW     7
#define LINUX_F_SETOWN     8
#define LINUX_F_GETOWN     9
#define LINUX_F_SETSIG     10
#define LINUX_F_GETSIG     11
#define LINUX_F_GETLK64    12
#define LINUX_F_SETLK64    13
#define LINUX_F_SETLKW64   14
#define LINUX_F_SETOWN_EX  15
#define LINUX_F_GETOWN_EX  16
#define LINUX_F_GETOWNER_UIDS 17
#define LINUX_F_OFD_GETLK  36
#define LINUX_F_OFD_SETLK  37
#define LINUX_F_OFD_SETLKW 38
#define LINUX_F_LINUX_SPECIFIC_BASE 1024
#define LINUX_F_SETLEASE   (LINUX_F_LINUX_SPECIFIC_BASE + 0)
#define LINUX_F_GETLEASE   (LINUX_F_LINUX_SPECIFIC_BASE + 1)
#define LINUX_F_NOTIFY     (LINUX_F_LINUX_SPECIFIC_BASE + 2)
#define LINUX_F_DUPFD_CLOEXEC (LINUX_F_LINUX_SPECIFIC_BASE + 6)
#define LINUX_F_SETPIPE_SZ (LINUX_F_LINUX_SPECIFIC_BASE + 7)
#define LINUX_F_GETPIPE_SZ (LINUX_F_LINUX_SPECIFIC_BASE + 8)
#define LINUX_F_ADD_SEALS  (LINUX_F_LINUX_SPECIFIC_BASE + 9)
#define LINUX_F_GET_SEALS  (LINUX_F_LINUX_SPECIFIC_BASE + 10)

/* F_GETFD/F_SETFD */
#define LINUX_FD_CLOEXEC   1

/* F_SETOWN_EX owner types */
#define LINUX_F_OWNER_TID  0
#define LINUX_F_OWNER_PID  1
#define LINUX_F_OWNER_PGRP 2

/* lock types (struct flock l_type) */
#define LINUX_F_RDLCK      0
#define LINUX_F_WRLCK      1
#define LINUX_F_UNLCK      2

/* flock(2) operations */
#define LINUX_LOCK_SH      1
#define LINUX_LOCK_EX      2
#define LINUX_LOCK_NB      4
#define LINUX_LOCK_UN      8

/* File seals (F_ADD_SEALS) */
#define LINUX_F_SEAL_SEAL   0x0001
#define LINUX_F_SEAL_SHRINK 0x0002
#define LINUX_F_SEAL_GROW   0x0004
#define LINUX_F_SEAL_WRITE  0x0008
#define LINUX_F_SEAL_FUTURE_WRITE 0x0010

/* fcntl F_GETLK/SETLK: off_t is 32-bit on ARM. 16 bytes. */
struct linux_flock {
	int16_t l_type;
	int16_t l_whence;
	int32_t l_start;
	int32_t l_len;
	int32_t l_pid;
};

/* F_GETLK64 and friends: loff_t is 8-byte aligned in EABI, so l_start is at 8. 32 bytes. */
struct linux_flock64 {
	int16_t l_type;
	int16_t l_whence;
	int64_t l_start;
	int64_t l_len;
	int32_t l_pid;
};

struct linux_f_owner_ex {
	int32_t type;
	int32_t pid;
};

/* dirfd and flags of the *at() calls (include/uapi/linux/fcntl.h) */
#define LINUX_AT_FDCWD              (-100)
#define LINUX_AT_SYMLINK_NOFOLLOW   0x100
#define LINUX_AT_EACCESS            0x200  /* faccessat only */
#define LINUX_AT_REMOVEDIR          0x200  /* unlinkat only */
#define LINUX_AT_SYMLINK_FOLLOW     0x400
#define LINUX_AT_NO_AUTOMOUNT       0x800
#define LINUX_AT_EMPTY_PATH         0x1000
#define LINUX_AT_STATX_SYNC_TYPE    0x6000
#define LINUX_AT_STATX_SYNC_AS_STAT 0x0000
#define LINUX_AT_STATX_FORCE_SYNC   0x2000
#define LINUX_AT_STATX_DONT_SYNC    0x4000
#define LINUX_AT_RECURSIVE          0x8000

/*
 * access()/faccessat() mode bits. Linux's uapi does not name them; these are
 * the POSIX values every Linux libc passes (the kernel checks mode & 7).
 */
#define LINUX_F_OK 0
#define LINUX_X_OK 1
#define LINUX_W_OK 2
#define LINUX_R_OK 4

/* lseek whence (include/uapi/linux/fs.h) */
#define LINUX_SEEK_SET  0
#define LINUX_SEEK_CUR  1
#define LINUX_SEEK_END  2
#define LINUX_SEEK_DATA 3
#define LINUX_SEEK_HOLE 4

/* renameat2 flags (include/uapi/linux/fs.h) */
#define LINUX_RENAME_NOREPLACE (1 << 0)
#define LINUX_RENAME_EXCHANGE  (1 << 1)
#define LINUX_RENAME_WHITEOUT  (1 << 2)

/* openat2 (include/uapi/linux/openat2.h): 24 bytes */
struct linux_open_how {
	uint64_t flags;
	uint64_t mode;
	uint64_t resolve;
};

#define LINUX_RESOLVE_NO_XDEV       0x01
#define LINUX_RESOLVE_NO_MAGICLINKS 0x02
#define LINUX_RESOLVE_NO_SYMLINKS   0x04
#define LINUX_RESOLVE_BENEATH       0x08
#define LINUX_RESOLVE_IN_ROOT       0x10
#define LINUX_RESOLVE_CACHED        0x20

#endif
