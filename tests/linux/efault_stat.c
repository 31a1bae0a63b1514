/*
 * efault_stat: a bad path or a bad buffer for stat64 (195), lstat64 (196)
 * and fstatat64 (327): EFAULT.
 */
#include "lt.h"

int main(void)
{
	char buf[128];

	lt_write_file("f", "x", 1);
	EXPECT_ERR("stat64(bad path)", syscall(SYS_stat64, BAD, buf), EFAULT);
	EXPECT_ERR("stat64(f, bad buffer)", syscall(SYS_stat64, "f", BAD), EFAULT);
	EXPECT_ERR("lstat64(bad path)", syscall(SYS_lstat64, BAD, buf), EFAULT);
	EXPECT_ERR("lstat64(f, bad buffer)", syscall(SYS_lstat64, "f", BAD), EFAULT);
	EXPECT_ERR("fstatat64(AT_FDCWD, bad path)", syscall(SYS_fstatat64, -100, BAD, buf, 0), EFAULT);
	EXPECT_ERR("fstatat64(AT_FDCWD, f, bad buffer)", syscall(SYS_fstatat64, -100, "f", BAD, 0), EFAULT);
	return lt_done();
}
