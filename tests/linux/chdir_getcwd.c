/*
 * chdir_getcwd: getcwd is absolute; chdir into a subdirectory appends its
 * name, ".." comes back, fchdir too, relative paths follow; getcwd with a
 * buffer too small is ERANGE, size 0 EINVAL, NULL allocates; chdir to a
 * missing name is ENOENT, to a file ENOTDIR. The test directory's own
 * path is never printed.
 */
#include "lt.h"

int main(void)
{
	char start[4096], buf[4096], *p;
	size_t n;
	int fd;
	struct stat st;

	EXPECT_TRUE("getcwd", getcwd(start, sizeof start) != NULL);
	EXPECT_TRUE("absolute", start[0] == '/');
	n = strlen(start);
	SETUP(mkdir("sub", 0755));
	SETUP(mkdir("sub/deeper", 0755));
	lt_write_file("file", "x", 1);
	fd = open(".", O_RDONLY | O_DIRECTORY);
	SETUP(fd);

	EXPECT_OK("chdir sub/deeper", chdir("sub/deeper"));
	EXPECT_TRUE("getcwd", getcwd(buf, sizeof buf) != NULL);
	EXPECT_TRUE("is start + /sub/deeper", !strncmp(buf, start, n) && !strcmp(buf + n, "/sub/deeper"));
	EXPECT_OK("relative open of ../../file", stat("../../file", &st));
	EXPECT_OK("chdir ..", chdir(".."));
	EXPECT_TRUE("getcwd is start + /sub", getcwd(buf, sizeof buf) && !strcmp(buf + n, "/sub"));
	EXPECT_OK("fchdir back", fchdir(fd));
	EXPECT_TRUE("getcwd is start", getcwd(buf, sizeof buf) && !strcmp(buf, start));
	EXPECT_OK("chdir .", chdir("."));
	EXPECT_OK("chdir to the absolute start", chdir(start));

	errno = 0;
	EXPECT_TRUE("getcwd into n bytes fails", getcwd(buf, n) == NULL);
	EXPECT_STR("errno", errname(errno), "ERANGE");
	errno = 0;
	EXPECT_TRUE("getcwd into n + 1 bytes works", getcwd(buf, n + 1) != NULL);
	errno = 0;
	EXPECT_TRUE("getcwd size 0 fails", getcwd(buf, 0) == NULL);
	EXPECT_STR("errno", errname(errno), "EINVAL");
	p = getcwd(NULL, 0);
	EXPECT_TRUE("getcwd(NULL, 0) allocates", p && !strcmp(p, start));
	free(p);
	EXPECT_ERR("raw getcwd into 1 byte", syscall(SYS_getcwd, buf, 1), ERANGE);
	EXPECT_TRUE("raw getcwd returns length + 1", syscall(SYS_getcwd, buf, sizeof buf) == (long)n + 1);

	EXPECT_ERR("chdir missing", chdir("missing"), ENOENT);
	EXPECT_ERR("chdir to a file", chdir("file"), ENOTDIR);
	EXPECT_ERR("chdir through a file", chdir("file/x"), ENOTDIR);
	EXPECT_ERR("chdir \"\"", chdir(""), ENOENT);
	EXPECT_ERR("fchdir a bad fd", fchdir(999), EBADF);
	close(fd);
	fd = open("file", O_RDONLY);
	EXPECT_ERR("fchdir to a file", fchdir(fd), ENOTDIR);
	return lt_done();
}
