/*
 * Open flags: newlib's <sys/_default_fcntl.h> numbers them its own way
 * (O_CREAT 0x200, O_CLOEXEC 0x40000, ...), Linux (ARM) another (O_CREAT
 * 0100, O_CLOEXEC 02000000, ...). The access mode (0, 1, 2) is the same.
 * Used by open, openat, fcntl F_GETFL/F_SETFL, pipe2, dup3.
 */
#include <fcntl.h>
#include "glue.h"

static const struct {
	int newlib, linux;
} oflag_map[] = {
	{ O_APPEND,    LINUX_O_APPEND },
	{ O_CREAT,     LINUX_O_CREAT },
	{ O_TRUNC,     LINUX_O_TRUNC },
	{ O_EXCL,      LINUX_O_EXCL },
	{ O_SYNC,      LINUX_O_SYNC },
	{ O_NONBLOCK,  LINUX_O_NONBLOCK },
	{ _FNBIO,      LINUX_O_NONBLOCK },   /* O_NDELAY (System V) */
	{ O_NOCTTY,    LINUX_O_NOCTTY },
	{ O_CLOEXEC,   LINUX_O_CLOEXEC },
	{ O_NOFOLLOW,  LINUX_O_NOFOLLOW },
	{ O_DIRECTORY, LINUX_O_DIRECTORY },
	{ O_DIRECT,    LINUX_O_DIRECT },
	{ _FASYNC,     LINUX_FASYNC },
	/* O_EXEC/O_SEARCH: Linux has only O_PATH, which is close enough for a directory fd */
	{ O_SEARCH,    LINUX_O_PATH },
};

#define N (sizeof oflag_map / sizeof oflag_map[0])

int __glue_oflags_to_linux(int flags)
{
	int k = flags & O_ACCMODE;
	unsigned i;

	for (i = 0; i < N; i++)
		if (flags & oflag_map[i].newlib)
			k |= oflag_map[i].linux;
	return k;
}

int __glue_oflags_from_linux(int k)
{
	int flags = k & LINUX_O_ACCMODE;
	unsigned i;

	for (i = 0; i < N; i++)
		if ((k & oflag_map[i].linux) == oflag_map[i].linux && oflag_map[i].newlib != _FNBIO)
			flags |= oflag_map[i].newlib;
	return flags;
}
