/*
 * symlink: symlink stores any text; readlink returns it without a NUL
 * (truncated to the buffer); lstat sees the link (S_IFLNK, size = length),
 * stat and open follow it; a dangling link lstats but does not stat
 * (ENOENT); errors: readlink of a non-link (EINVAL), of a missing name
 * (ENOENT), symlink onto an existing name (EEXIST), O_NOFOLLOW (ELOOP).
 */
#include "lt.h"

int main(void)
{
	char buf[64];
	struct stat st;
	int fd;

	lt_write_file("target", "data", 4);
	EXPECT_OK("symlink target <- link", symlink("target", "link"));
	memset(buf, 'x', sizeof buf);
	EXPECT_EQ("readlink", readlink("link", buf, sizeof buf), 6);
	EXPECT_TRUE("content, no NUL added", !memcmp(buf, "target", 6) && buf[6] == 'x');
	EXPECT_EQ("readlink into 3 bytes", readlink("link", buf, 3), 3);
	EXPECT_TRUE("truncated", !memcmp(buf, "tar", 3));
	EXPECT_OK("lstat link", lstat("link", &st));
	EXPECT_TRUE("S_ISLNK", S_ISLNK(st.st_mode));
	EXPECT_EQ("link size is the text length", st.st_size, 6);
	EXPECT_OK("stat link", stat("link", &st));
	EXPECT_TRUE("follows to a regular file", S_ISREG(st.st_mode) && st.st_size == 4);
	fd = open("link", O_RDONLY);
	EXPECT_EQ("open follows", read(fd, buf, sizeof buf), 4);
	close(fd);
	EXPECT_ERR("open O_NOFOLLOW", open("link", O_RDONLY | O_NOFOLLOW), ELOOP);

	EXPECT_OK("symlink to nothing", symlink("nowhere/at/all", "dangling"));
	EXPECT_OK("lstat dangling", lstat("dangling", &st));
	EXPECT_ERR("stat dangling", stat("dangling", &st), ENOENT);
	EXPECT_ERR("open dangling", open("dangling", O_RDONLY), ENOENT);
	EXPECT_EQ("readlink dangling", readlink("dangling", buf, sizeof buf), 14);

	EXPECT_ERR("readlink a regular file", readlink("target", buf, sizeof buf), EINVAL);
	EXPECT_ERR("readlink a missing name", readlink("missing", buf, sizeof buf), ENOENT);
	EXPECT_ERR("symlink onto an existing name", symlink("x", "target"), EEXIST);
	EXPECT_ERR("symlink with an empty target", symlink("", "empty"), ENOENT);
	SETUP(mkdir("d", 0755));
	EXPECT_OK("symlink to a directory", symlink("d", "dlink"));
	lt_write_file("dlink/f", "x", 1);
	EXPECT_OK("a path through it", stat("d/f", &st));
	EXPECT_OK("unlink removes the link only", unlink("dlink"));
	EXPECT_OK("target directory is still there", stat("d/f", &st));
	EXPECT_EQ("readlinkat", readlinkat(AT_FDCWD, "link", buf, sizeof buf), 6);
	EXPECT_OK("symlinkat", symlinkat("target", AT_FDCWD, "link2"));
	return lt_done();
}
