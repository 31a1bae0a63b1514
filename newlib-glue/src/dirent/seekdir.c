/* seekdir (<dirent.h>): back to a telldir() position: rewind, then skip that many entries. */
#include <dirent.h>
#include "dir.h"

void seekdir(DIR *dir, long loc)
{
	struct __glue_dir *d = dir;

	rewinddir(dir);
	while (d->tell < loc && readdir(dir))
		;
}
