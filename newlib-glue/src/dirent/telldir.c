/* telldir (<dirent.h>): the position, as the number of entries read since the last rewind. */
#include <dirent.h>
#include "dir.h"

long telldir(DIR *dir)
{
	return ((struct __glue_dir *)dir)->tell;
}
