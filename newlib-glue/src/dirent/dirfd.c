/* dirfd (<dirent.h>): the DIR's file descriptor. */
#include <dirent.h>
#include "dir.h"

int dirfd(DIR *dir)
{
	return ((struct __glue_dir *)dir)->fd;
}
