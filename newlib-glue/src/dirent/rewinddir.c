/* rewinddir (<dirent.h>): back to the first entry (lseek 0 on the directory fd). */
#include <dirent.h>
#include "dir.h"
#include "glue.h"

void rewinddir(DIR *dir)
{
	struct __glue_dir *d = dir;

	__syscall(SYS_lseek, d->fd, 0, LINUX_SEEK_SET);
	d->pos = d->len = 0;
	d->tell = 0;
}
