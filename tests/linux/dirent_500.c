/*
 * dirent_500: a directory with 500 files: readdir lists each exactly once
 * plus "." and "..", whatever the order; rewinddir lists them again;
 * telldir/seekdir come back to a position; after removing every file the
 * directory lists only "." and "..", and rmdir works.
 */
#include "lt.h"
#include <dirent.h>

#define N 500

static int count(DIR *d, unsigned char *seen, int *dots, int *bad)
{
	struct dirent *de;
	int n = 0, i;

	*dots = *bad = 0;
	memset(seen, 0, N);
	while ((de = readdir(d))) {
		n++;
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) {
			(*dots)++;
			continue;
		}
		if (sscanf(de->d_name, "file%d", &i) != 1 || i < 0 || i >= N || seen[i]++)
			(*bad)++;
	}
	return n;
}

int main(void)
{
	static unsigned char seen[N];
	char name[64], at_name[256];
	int i, n, dots, bad, all, fd;
	struct dirent *de;
	long pos;
	DIR *d;

	SETUP(mkdir("d", 0755));
	for (i = 0; i < N; i++) {
		snprintf(name, sizeof name, "d/file%d", i);
		fd = open(name, O_WRONLY | O_CREAT | O_EXCL, 0644);
		SETUP(fd);
		close(fd);
	}
	d = opendir("d");
	EXPECT_TRUE("opendir", d != NULL);
	n = count(d, seen, &dots, &bad);
	for (all = 1, i = 0; i < N; i++)
		all &= seen[i] == 1;
	EXPECT_EQ("entries", n, N + 2);
	EXPECT_EQ(". and ..", dots, 2);
	EXPECT_EQ("unexpected or repeated names", bad, 0);
	EXPECT_TRUE("every file listed once", all);
	errno = 0;
	EXPECT_TRUE("readdir at the end is NULL", readdir(d) == NULL);
	EXPECT_STR("errno untouched", errname(errno), "0");
	rewinddir(d);
	EXPECT_EQ("after rewinddir", count(d, seen, &dots, &bad), N + 2);

	rewinddir(d);
	for (i = 0; i < 100; i++)
		readdir(d);
	pos = telldir(d);
	de = readdir(d);
	snprintf(at_name, sizeof at_name, "%s", de ? de->d_name : "");
	for (i = 0; i < 200; i++)
		readdir(d);
	seekdir(d, pos);
	de = readdir(d);
	EXPECT_TRUE("seekdir to telldir's position", de && !strcmp(de->d_name, at_name));
	closedir(d);

	for (i = 0; i < N; i++) {
		snprintf(name, sizeof name, "d/file%d", i);
		SETUP(unlink(name));
	}
	d = opendir("d");
	EXPECT_EQ("entries after removing all", count(d, seen, &dots, &bad), 2);
	closedir(d);
	EXPECT_OK("rmdir", rmdir("d"));
	return lt_done();
}
