/*
 * fdopendir (<dirent.h>): a DIR on an open fd, which must be a directory
 * (ENOTDIR otherwise, EBADF for a bad fd); it becomes close-on-exec and
 * belongs to the DIR from now on.
 */
#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include "dir.h"
#include "glue.h"

DIR *fdopendir(int fd)
{
	struct __glue_dir *d;
	struct stat st;
	long r = fd < 0 ? -LINUX_EBADF : __glue_fstatat_raw(fd, "", &st, LINUX_AT_EMPTY_PATH);

	if (r == 0 && !S_ISDIR(st.st_mode))
		r = -LINUX_ENOTDIR;
	if (r) {
		__syscall_ret(r);
		return 0;
	}
	d = calloc(1, sizeof *d);
	if (!d)
		return 0;
	__syscall(SYS_fcntl64, fd, LINUX_F_SETFD, LINUX_FD_CLOEXEC);
	d->fd = fd;
	return d;
}
