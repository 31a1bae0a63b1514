/*
 * readdir_r (<dirent.h>, obsolete): readdir into the caller's entry;
 * returns 0 or an error number, *result NULL at the end.
 */
#include <dirent.h>
#include <errno.h>
#include <string.h>
#include "glue.h"

int readdir_r(DIR *__restrict dir, struct dirent *__restrict ent, struct dirent **__restrict result)
{
	int saved = errno, e;
	struct dirent *de;

	errno = 0;
	de = readdir(dir);
	e = errno;
	errno = saved;
	if (e) {
		*result = 0;
		return e;
	}
	if (de)
		memcpy(ent, de, sizeof *ent);
	*result = de ? ent : 0;
	return 0;
}
