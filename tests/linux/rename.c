/*
 * rename: a file to a new name, over an existing file (replaced
 * atomically: the old target is gone, the content is the source's), a
 * directory to a new name and over an empty directory; the errors: a
 * missing source (ENOENT), a directory over a non-empty one (ENOTEMPTY),
 * a file over a directory (EISDIR), a directory over a file (ENOTDIR), a
 * directory into itself (EINVAL); renaming a file to itself does nothing.
 */
#include "lt.h"

static int exists(const char *p)
{
	struct stat st;

	return lstat(p, &st) == 0;
}

int main(void)
{
	char buf[8] = { 0 };
	int fd;

	lt_write_file("a", "AAA", 3);
	lt_write_file("b", "BBBB", 4);
	EXPECT_OK("rename a -> c", rename("a", "c"));
	EXPECT_TRUE("a is gone, c is there", !exists("a") && exists("c"));
	EXPECT_OK("rename c -> b (b exists)", rename("c", "b"));
	fd = open("b", O_RDONLY);
	EXPECT_EQ("b has c's content", read(fd, buf, sizeof buf), 3);
	close(fd);
	EXPECT_TRUE("c is gone", !exists("c"));
	EXPECT_OK("rename b -> b", rename("b", "b"));
	EXPECT_TRUE("b is still there", exists("b"));

	SETUP(mkdir("d", 0755));
	SETUP(mkdir("e", 0755));
	lt_write_file("d/inside", "x", 1);
	EXPECT_OK("rename directory d -> d2", rename("d", "d2"));
	EXPECT_TRUE("its file moved along", exists("d2/inside") && !exists("d"));
	EXPECT_OK("rename d2 over empty directory e", rename("d2", "e"));
	EXPECT_TRUE("e has the file", exists("e/inside") && !exists("d2"));
	SETUP(mkdir("f", 0755));
	lt_write_file("f/x", "x", 1);
	SETUP(mkdir("g", 0755));
	EXPECT_ERR("rename g over non-empty f", rename("g", "f"), ENOTEMPTY);
	EXPECT_ERR("rename file b over directory g", rename("b", "g"), EISDIR);
	EXPECT_ERR("rename directory g over file b", rename("g", "b"), ENOTDIR);
	EXPECT_ERR("rename g into its own subdirectory", rename("g", "g/sub"), EINVAL);
	EXPECT_ERR("rename a missing file", rename("missing", "x"), ENOENT);
	EXPECT_ERR("rename into a missing directory", rename("b", "nodir/b"), ENOENT);
	EXPECT_ERR("rename through a file", rename("b/x", "y"), ENOTDIR);
	EXPECT_ERR("rename to an empty name", rename("b", ""), ENOENT);
	EXPECT_OK("renameat AT_FDCWD", renameat(AT_FDCWD, "b", AT_FDCWD, "b2"));
	EXPECT_TRUE("moved", exists("b2") && !exists("b"));
	return lt_done();
}
