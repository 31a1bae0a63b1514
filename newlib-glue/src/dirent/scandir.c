/*
 * scandir (<dirent.h>): the entries of a directory that sel accepts (all
 * if sel is NULL), copied into a malloc'd array sorted with cmp (unsorted
 * if NULL). Returns the count, or -1 with errno.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

int scandir(const char *path, struct dirent ***list, int (*sel)(const struct dirent *),
	    int (*cmp)(const struct dirent **, const struct dirent **))
{
	DIR *d = opendir(path);
	struct dirent *de, **v = 0, **nv;
	size_t n = 0, cap = 0;
	int saved = errno;

	if (!d)
		return -1;
	errno = 0;
	while ((de = readdir(d))) {
		if (sel && !sel(de))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 32;
			nv = realloc(v, cap * sizeof *v);
			if (!nv)
				break;
			v = nv;
		}
		v[n] = malloc(sizeof *de);
		if (!v[n])
			break;
		memcpy(v[n++], de, sizeof *de);
	}
	closedir(d);
	if (errno) {
		while (n)
			free(v[--n]);
		free(v);
		return -1;
	}
	errno = saved;
	if (cmp)
		qsort(v, n, sizeof *v, (int (*)(const void *, const void *))cmp);
	*list = v;
	return (int)n;
}
