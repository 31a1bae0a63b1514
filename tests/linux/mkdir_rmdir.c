/*
 * mkdir_rmdir: mkdir and rmdir, and their errors: an existing name
 * (EEXIST, also for a file), a missing parent (ENOENT), a non-empty
 * directory (ENOTEMPTY), a file (ENOTDIR), "." (EINVAL), a missing name
 * (ENOENT); unlink of a directory (EISDIR); mkdirat and unlinkat with
 * AT_REMOVEDIR; trailing slashes.
 */
#include "lt.h"

int main(void)
{
	struct stat st;

	EXPECT_OK("mkdir d", mkdir("d", 0755));
	EXPECT_ERR("mkdir d again", mkdir("d", 0755), EEXIST);
	lt_write_file("f", "x", 1);
	EXPECT_ERR("mkdir over a file", mkdir("f", 0755), EEXIST);
	EXPECT_ERR("mkdir in a missing parent", mkdir("missing/d", 0755), ENOENT);
	EXPECT_ERR("mkdir under a file", mkdir("f/d", 0755), ENOTDIR);
	EXPECT_OK("mkdir d/e/ (trailing slash)", mkdir("d/e/", 0755));
	lt_write_file("d/e/file", "x", 1);
	EXPECT_ERR("rmdir a non-empty directory", rmdir("d"), ENOTEMPTY);
	EXPECT_ERR("rmdir a file", rmdir("f"), ENOTDIR);
	EXPECT_ERR("rmdir a missing name", rmdir("missing"), ENOENT);
	EXPECT_ERR("rmdir .", rmdir("."), EINVAL);
	EXPECT_ERR("rmdir d/e/.", rmdir("d/e/."), EINVAL);
	EXPECT_ERR("rmdir d/..", rmdir("d/.."), ENOTEMPTY);
	EXPECT_ERR("unlink a directory", unlink("d"), EISDIR);
	EXPECT_OK("unlink d/e/file", unlink("d/e/file"));
	EXPECT_OK("rmdir d/e/ (trailing slash)", rmdir("d/e/"));
	EXPECT_OK("rmdir d", rmdir("d"));
	EXPECT_ERR("stat d", stat("d", &st), ENOENT);
	EXPECT_OK("mkdirat AT_FDCWD", mkdirat(AT_FDCWD, "g", 0700));
	EXPECT_OK("stat g", stat("g", &st));
	EXPECT_EQ("mode", st.st_mode & 0777, 0700);
	EXPECT_ERR("unlinkat of a directory without AT_REMOVEDIR", unlinkat(AT_FDCWD, "g", 0), EISDIR);
	EXPECT_OK("unlinkat AT_REMOVEDIR", unlinkat(AT_FDCWD, "g", AT_REMOVEDIR));
	EXPECT_ERR("unlinkat AT_REMOVEDIR of a file", unlinkat(AT_FDCWD, "f", AT_REMOVEDIR), ENOTDIR);
	EXPECT_ERR("unlink f/ (trailing slash on a file)", unlink("f/"), ENOTDIR);
	return lt_done();
}
