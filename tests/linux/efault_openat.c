/*
 * efault_openat: a bad path for openat (322), relative to AT_FDCWD and to
 * a directory fd, with and without O_CREAT: EFAULT.
 */
#include "lt.h"

int main(void)
{
	int dfd = open(".", O_RDONLY | O_DIRECTORY);

	SETUP(dfd);
	EXPECT_ERR("openat(AT_FDCWD, bad)", syscall(SYS_openat, -100, BAD, 0, 0), EFAULT);
	EXPECT_ERR("openat(dirfd, bad)", syscall(SYS_openat, dfd, BAD, 0, 0), EFAULT);
	EXPECT_ERR("openat(dirfd, bad, O_CREAT)", syscall(SYS_openat, dfd, BAD, 0101, 0644), EFAULT);
	EXPECT_ERR("openat(bad dirfd, bad)", syscall(SYS_openat, 999, BAD, 0, 0), EFAULT);
	return lt_done();
}
