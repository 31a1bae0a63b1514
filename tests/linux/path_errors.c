/*
 * path_errors: how path lookup fails: ENOENT (a missing name, a missing
 * directory on the way, the empty path), ENOTDIR (a file on the way, a
 * trailing slash after a file), EISDIR (writing a directory), EEXIST
 * (creating what exists), ENAMETOOLONG (a 256-byte name, a path of 4096
 * bytes or more: PATH_MAX counts the NUL), and that 255 and 4095 bytes
 * are fine.
 */
#include "lt.h"

int main(void)
{
	static char name[300], path[5000];
	struct stat st;
	int fd;
	size_t i;

	lt_write_file("f", "x", 1);
	SETUP(mkdir("d", 0755));
	EXPECT_ERR("open missing", open("missing", O_RDONLY), ENOENT);
	EXPECT_ERR("open missing/x", open("missing/x", O_RDONLY), ENOENT);
	EXPECT_ERR("open \"\"", open("", O_RDONLY), ENOENT);
	EXPECT_ERR("open f/x", open("f/x", O_RDONLY), ENOTDIR);
	EXPECT_ERR("open f/", open("f/", O_RDONLY), ENOTDIR);
	EXPECT_ERR("stat f/.", stat("f/.", &st), ENOTDIR);
	EXPECT_ERR("open d for writing", open("d", O_WRONLY), EISDIR);
	EXPECT_ERR("O_CREAT on d/ (a directory)", open("d/", O_RDWR | O_CREAT, 0644), EISDIR);
	EXPECT_ERR("mkdir d", mkdir("d", 0755), EEXIST);
	EXPECT_ERR("symlink onto d", symlink("x", "d"), EEXIST);
	EXPECT_OK("stat d/../f", stat("d/../f", &st));
	EXPECT_OK("stat ./d/./../f", stat("./d/./../f", &st));
	EXPECT_OK("stat d//..//f", stat("d//..//f", &st));

	memset(name, 'n', 255);
	name[255] = 0;
	fd = open(name, O_WRONLY | O_CREAT, 0644);
	EXPECT_TRUE("a 255-byte name works", fd >= 0);
	close(fd);
	EXPECT_OK("and stats", stat(name, &st));
	EXPECT_OK("and unlinks", unlink(name));
	name[255] = 'n';
	name[256] = 0;
	EXPECT_ERR("a 256-byte name", open(name, O_WRONLY | O_CREAT, 0644), ENAMETOOLONG);
	EXPECT_ERR("stat of one", stat(name, &st), ENAMETOOLONG);
	EXPECT_ERR("mkdir of one", mkdir(name, 0755), ENAMETOOLONG);
	for (i = 0; i + 2 < 4200; i += 2)
		memcpy(path + i, "./", 2);
	path[4200] = 0;
	EXPECT_ERR("a 4200-byte path", stat(path, &st), ENAMETOOLONG);
	path[4096] = 0;
	EXPECT_ERR("a 4096-byte path (PATH_MAX without room for the NUL)", stat(path, &st),
		   ENAMETOOLONG);
	path[4095] = 0;
	EXPECT_OK("a 4095-byte path", stat(path, &st));
	EXPECT_ERR("chdir to a 256-byte name", chdir(name), ENAMETOOLONG);
	return lt_done();
}
