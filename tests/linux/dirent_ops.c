/*
 * dirent_ops: opendir of a missing name (ENOENT) and of a file (ENOTDIR);
 * fdopendir on an open directory fd (ENOTDIR on a file fd, EBADF on a bad
 * one); dirfd; d_type for a file, a directory and a link (or DT_UNKNOWN
 * where the filesystem does not say); scandir with a filter and
 * alphasort; getdents64 (217) by raw call: record layout and end.
 */
#include "lt.h"
#include <dirent.h>
#include <stdint.h>
#include <linux_abi/dirent.h>

static int only_letters(const struct dirent *de)
{
	return de->d_name[0] != '.';
}

int main(void)
{
	struct dirent *de, **list;
	char buf[1024];
	DIR *d;
	int fd, n, i, reg = -1, dir = -1, lnk = -1, records = 0, sane = 1;
	long r, off;

	SETUP(mkdir("top", 0755));
	lt_write_file("top/b", "x", 1);
	SETUP(mkdir("top/c", 0755));
	SETUP(symlink("b", "top/a"));
	lt_write_file("file", "x", 1);

	errno = 0;
	EXPECT_TRUE("opendir missing", opendir("missing") == NULL);
	EXPECT_STR("errno", errname(errno), "ENOENT");
	errno = 0;
	EXPECT_TRUE("opendir of a file", opendir("file") == NULL);
	EXPECT_STR("errno", errname(errno), "ENOTDIR");

	fd = open("top", O_RDONLY | O_DIRECTORY);
	d = fdopendir(fd);
	EXPECT_TRUE("fdopendir", d != NULL);
	EXPECT_TRUE("dirfd is the fd", dirfd(d) == fd);
	EXPECT_EQ("and now close-on-exec", fcntl(fd, F_GETFD), FD_CLOEXEC);
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, "b"))
			reg = de->d_type;
		if (!strcmp(de->d_name, "c"))
			dir = de->d_type;
		if (!strcmp(de->d_name, "a"))
			lnk = de->d_type;
	}
	EXPECT_TRUE("d_type of a file", reg == DT_REG || reg == DT_UNKNOWN);
	EXPECT_TRUE("d_type of a directory", dir == DT_DIR || dir == DT_UNKNOWN);
	EXPECT_TRUE("d_type of a link", lnk == DT_LNK || lnk == DT_UNKNOWN);
	EXPECT_OK("closedir", closedir(d));
	EXPECT_ERR("the fd went with it", fcntl(fd, F_GETFD), EBADF);
	fd = open("file", O_RDONLY);
	errno = 0;
	EXPECT_TRUE("fdopendir of a file fd", fdopendir(fd) == NULL);
	EXPECT_STR("errno", errname(errno), "ENOTDIR");
	close(fd);
	errno = 0;
	EXPECT_TRUE("fdopendir of a bad fd", fdopendir(999) == NULL);
	EXPECT_STR("errno", errname(errno), "EBADF");

	n = scandir("top", &list, only_letters, alphasort);
	EXPECT_EQ("scandir without dot names", n, 3);
	if (n == 3) {
		EXPECT_STR("first", list[0]->d_name, "a");
		EXPECT_STR("second", list[1]->d_name, "b");
		EXPECT_STR("third", list[2]->d_name, "c");
	}
	for (i = 0; i < n; i++)
		free(list[i]);
	free(list);

	fd = open("top", O_RDONLY | O_DIRECTORY);
	while ((r = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0) {
		for (off = 0; off < r; records++) {
			struct linux_dirent64 *k = (struct linux_dirent64 *)(buf + off);
			sane &= k->d_reclen >= 20 && k->d_reclen % 8 == 0 &&
				strlen(k->d_name) + 20 <= k->d_reclen;
			off += k->d_reclen;
		}
	}
	EXPECT_EQ("getdents64 ends with 0", r, 0);
	EXPECT_EQ("records", records, 5);
	EXPECT_TRUE("reclen 8-aligned and holds the name", sane);
	EXPECT_ERR("getdents64 into a too small buffer", (lseek(fd, 0, SEEK_SET),
		   syscall(SYS_getdents64, fd, buf, 10)), EINVAL);
	close(fd);
	fd = open("file", O_RDONLY);
	EXPECT_ERR("getdents64 on a file", syscall(SYS_getdents64, fd, buf, sizeof buf), ENOTDIR);
	EXPECT_ERR("getdents64 on a bad fd", syscall(SYS_getdents64, 999, buf, sizeof buf), EBADF);
	return lt_done();
}
