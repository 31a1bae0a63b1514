/*
 * link: a hard link is the same file (same inode, same content, writes
 * through one seen through the other) and raises st_nlink; unlinking one
 * name leaves the other; errors: an existing new name (EEXIST), a missing
 * source (ENOENT), a directory (EPERM), unlink of a missing name (ENOENT),
 * unlink of a directory (EISDIR).
 */
#include "lt.h"

int main(void)
{
	struct stat a, b;
	char buf[8] = { 0 };
	int fd;

	lt_write_file("a", "one", 3);
	EXPECT_OK("link a -> b", link("a", "b"));
	EXPECT_OK("stat a", stat("a", &a));
	EXPECT_OK("stat b", stat("b", &b));
	EXPECT_TRUE("same inode", a.st_ino == b.st_ino && a.st_dev == b.st_dev);
	EXPECT_EQ("st_nlink", a.st_nlink, 2);
	fd = open("b", O_WRONLY | O_APPEND);
	EXPECT_EQ("append through b", write(fd, "two", 3), 3);
	close(fd);
	fd = open("a", O_RDONLY);
	EXPECT_EQ("read through a", read(fd, buf, sizeof buf), 6);
	close(fd);
	EXPECT_STR("content", buf, "onetwo");
	EXPECT_ERR("link onto an existing name", link("a", "b"), EEXIST);
	EXPECT_ERR("link a missing file", link("missing", "c"), ENOENT);
	SETUP(mkdir("d", 0755));
	EXPECT_ERR("link a directory", link("d", "d2"), EPERM);
	EXPECT_ERR("link into a missing directory", link("a", "nodir/a"), ENOENT);
	EXPECT_OK("unlink a", unlink("a"));
	EXPECT_ERR("stat a", stat("a", &a), ENOENT);
	EXPECT_OK("stat b", stat("b", &b));
	EXPECT_EQ("b's st_nlink", b.st_nlink, 1);
	EXPECT_EQ("b's size", b.st_size, 6);
	EXPECT_ERR("unlink a again", unlink("a"), ENOENT);
	EXPECT_ERR("unlink a directory", unlink("d"), EISDIR);
	EXPECT_OK("linkat AT_FDCWD", linkat(AT_FDCWD, "b", AT_FDCWD, "c", 0));
	EXPECT_OK("unlinkat", unlinkat(AT_FDCWD, "c", 0));
	EXPECT_OK("remove() of a file", remove("b"));
	EXPECT_OK("remove() of a directory", remove("d"));
	EXPECT_ERR("remove() of a missing name", remove("d"), ENOENT);
	return lt_done();
}
