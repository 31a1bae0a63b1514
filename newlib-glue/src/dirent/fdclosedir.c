/* fdclosedir (<dirent.h>, BSD): free the DIR and hand back its fd, still open. */
#include <dirent.h>
#include <stdlib.h>
#include "dir.h"

int fdclosedir(DIR *dir)
{
	struct __glue_dir *d = dir;
	int fd = d->fd;

	free(d);
	return fd;
}
