/*
 * openat: the *at calls relative to a directory fd, to AT_FDCWD
 * (newlib's -2, the glue passes Linux's -100), and with absolute paths
 * (the fd is ignored): openat, mkdirat, fstatat, renameat, linkat,
 * symlinkat, readlinkat, unlinkat, faccessat, fchmodat, utimensat;
 * errors: a file fd as the directory (ENOTDIR), a bad fd (EBADF).
 */
#include "lt.h"
#include <time.h>

int main(void)
{
	struct stat st;
	struct timespec ts[2] = { { 100, 0 }, { 200, 0 } };
	char buf[32];
	int dfd, fd, ffd;

	SETUP(mkdir("d", 0755));
	dfd = open("d", O_RDONLY | O_DIRECTORY);
	SETUP(dfd);
	fd = openat(dfd, "f", O_WRONLY | O_CREAT, 0644);
	EXPECT_TRUE("openat creates d/f", fd >= 0);
	write(fd, "abc", 3);
	close(fd);
	EXPECT_OK("it is d/f", stat("d/f", &st));
	EXPECT_OK("fstatat(dfd, f)", fstatat(dfd, "f", &st, 0));
	EXPECT_EQ("size", st.st_size, 3);
	fd = openat(AT_FDCWD, "d/f", O_RDONLY);
	EXPECT_TRUE("openat AT_FDCWD", fd >= 0);
	close(fd);
	getcwd(buf, 0);
	EXPECT_OK("mkdirat(dfd, sub)", mkdirat(dfd, "sub", 0700));
	EXPECT_OK("renameat(dfd, f, dfd, sub/g)", renameat(dfd, "f", dfd, "sub/g"));
	EXPECT_OK("linkat(dfd, sub/g, AT_FDCWD, h)", linkat(dfd, "sub/g", AT_FDCWD, "h", 0));
	EXPECT_OK("symlinkat(sub/g, dfd, l)", symlinkat("sub/g", dfd, "l"));
	EXPECT_EQ("readlinkat(dfd, l)", readlinkat(dfd, "l", buf, sizeof buf), 5);
	EXPECT_OK("faccessat(dfd, l, R_OK)", faccessat(dfd, "l", R_OK, 0));
	EXPECT_OK("fchmodat(dfd, sub/g, 0600)", fchmodat(dfd, "sub/g", 0600, 0));
	EXPECT_OK("utimensat(dfd, sub/g)", utimensat(dfd, "sub/g", ts, 0));
	EXPECT_OK("fstatat(dfd, l, AT_SYMLINK_NOFOLLOW)", fstatat(dfd, "l", &st, AT_SYMLINK_NOFOLLOW));
	EXPECT_TRUE("is the link", S_ISLNK(st.st_mode));
	EXPECT_OK("fstatat(dfd, l)", fstatat(dfd, "l", &st, 0));
	EXPECT_TRUE("follows: mode 0600, mtime 200", (st.st_mode & 0777) == 0600 && st.st_mtim.tv_sec == 200);
	EXPECT_EQ("link count 2", st.st_nlink, 2);
	EXPECT_OK("unlinkat(dfd, l)", unlinkat(dfd, "l", 0));
	EXPECT_OK("unlinkat(dfd, sub/g)", unlinkat(dfd, "sub/g", 0));
	EXPECT_OK("unlinkat(dfd, sub, AT_REMOVEDIR)", unlinkat(dfd, "sub", AT_REMOVEDIR));
	fd = openat(999, "/dev/null", O_RDONLY);
	EXPECT_TRUE("absolute path ignores the fd", fd >= 0);
	close(fd);
	ffd = open("h", O_RDONLY);
	EXPECT_ERR("openat with a file as the directory", openat(ffd, "x", O_RDONLY), ENOTDIR);
	EXPECT_ERR("mkdirat with a file as the directory", mkdirat(ffd, "x", 0755), ENOTDIR);
	EXPECT_ERR("openat with a bad fd", openat(999, "x", O_RDONLY), EBADF);
	EXPECT_ERR("openat missing", openat(dfd, "missing", O_RDONLY), ENOENT);
	return lt_done();
}
