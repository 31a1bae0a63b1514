/* opendir (<dirent.h>): open(O_RDONLY | O_DIRECTORY | O_CLOEXEC) and a fresh DIR. */
#include <dirent.h>
#include <stdlib.h>
#include "dir.h"
#include "glue.h"

DIR *opendir(const char *path)
{
	struct __glue_dir *d;
	long fd = __syscall(SYS_open, path, LINUX_O_RDONLY | LINUX_O_DIRECTORY | LINUX_O_CLOEXEC);

	if (fd < 0) {
		__syscall_ret(fd);
		return 0;
	}
	d = calloc(1, sizeof *d);
	if (!d) {
		__syscall(SYS_close, fd);
		return 0;
	}
	d->fd = (int)fd;
	return d;
}
