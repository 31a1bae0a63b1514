/*
 * efault_path: a bad path for the calls that only take paths: mkdir,
 * rmdir, unlink, chdir, access, chmod, truncate64, link and rename (each
 * side), symlink (each side), mknod, utimensat with bad times: EFAULT,
 * and nothing in the directory changed.
 */
#include "lt.h"
#include <dirent.h>

int main(void)
{
	DIR *d;
	int n = 0;

	lt_write_file("f", "x", 1);
	EXPECT_ERR("mkdir(bad)", syscall(SYS_mkdir, BAD, 0755), EFAULT);
	EXPECT_ERR("rmdir(bad)", syscall(SYS_rmdir, BAD), EFAULT);
	EXPECT_ERR("unlink(bad)", syscall(SYS_unlink, BAD), EFAULT);
	EXPECT_ERR("chdir(bad)", syscall(SYS_chdir, BAD), EFAULT);
	EXPECT_ERR("access(bad)", syscall(SYS_access, BAD, 0), EFAULT);
	EXPECT_ERR("chmod(bad)", syscall(SYS_chmod, BAD, 0644), EFAULT);
	EXPECT_ERR("truncate64(bad)", syscall(SYS_truncate64, BAD, 0, 0, 0), EFAULT);
	EXPECT_ERR("link(bad, g)", syscall(SYS_link, BAD, "g"), EFAULT);
	EXPECT_ERR("link(f, bad)", syscall(SYS_link, "f", BAD), EFAULT);
	EXPECT_ERR("rename(bad, g)", syscall(SYS_rename, BAD, "g"), EFAULT);
	EXPECT_ERR("rename(f, bad)", syscall(SYS_rename, "f", BAD), EFAULT);
	EXPECT_ERR("symlink(bad, g)", syscall(SYS_symlink, BAD, "g"), EFAULT);
	EXPECT_ERR("symlink(f, bad)", syscall(SYS_symlink, "f", BAD), EFAULT);
	EXPECT_ERR("mknod(bad)", syscall(SYS_mknod, BAD, 010600, 0), EFAULT);
	EXPECT_ERR("utimensat(f, bad times)", syscall(SYS_utimensat_time64, -100, "f", BAD, 0), EFAULT);
	d = opendir(".");
	while (d && readdir(d))
		n++;
	EXPECT_EQ("entries: ., .. and f", n, 3);
	return lt_done();
}
