/*
 * _fstat: newlib's fstat() and stdio's buffer sizing end here. statx on
 * the fd itself (AT_EMPTY_PATH), as glibc and musl do on 32-bit ARM; a
 * negative fd is EBADF before it can be mistaken for AT_FDCWD.
 */
#include "protos.h"

int _fstat(int fd, struct stat *st)
{
	if (fd < 0)
		return __syscall_ret(-LINUX_EBADF);
	return __syscall_ret(__glue_fstatat_raw(fd, "", st, LINUX_AT_EMPTY_PATH));
}
