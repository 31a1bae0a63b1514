/*
 * The *at() calls: newlib's AT_FDCWD is -2 and its AT_* flags are small
 * bits of its own; Linux's AT_FDCWD is -100 and its flags are 0x100 up.
 */
#include <fcntl.h>
#include "glue.h"

int __glue_dirfd(int dirfd)
{
	return dirfd == AT_FDCWD ? LINUX_AT_FDCWD : dirfd;
}

int __glue_atflags(int flags)
{
	int k = 0;

	if (flags & AT_EACCESS)
		k |= LINUX_AT_EACCESS;
	if (flags & AT_SYMLINK_NOFOLLOW)
		k |= LINUX_AT_SYMLINK_NOFOLLOW;
	if (flags & AT_SYMLINK_FOLLOW)
		k |= LINUX_AT_SYMLINK_FOLLOW;
	if (flags & AT_REMOVEDIR)
		k |= LINUX_AT_REMOVEDIR;
	if (flags & AT_EMPTY_PATH)
		k |= LINUX_AT_EMPTY_PATH;
	if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_SYMLINK_FOLLOW | AT_REMOVEDIR |
		      AT_EMPTY_PATH))
		return -1;
	return k;
}
