/* closedir (<dirent.h>): close the fd and free the DIR. */
#include <dirent.h>
#include <stdlib.h>
#include "dir.h"
#include "glue.h"

int closedir(DIR *dir)
{
	struct __glue_dir *d = dir;
	long r = __syscall(SYS_close, d->fd);

	free(d);
	return __syscall_ret(r);
}
