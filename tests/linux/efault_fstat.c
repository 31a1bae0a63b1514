/*
 * efault_fstat: a bad buffer for fstat64 (197) of a file, a directory and
 * a pipe: EFAULT (the fd is fine, so the fault comes from the copy out).
 */
#include "lt.h"

int main(void)
{
	int fd, p[2];

	lt_write_file("f", "x", 1);
	fd = open("f", O_RDONLY);
	SETUP(fd);
	EXPECT_ERR("fstat64(file, bad buffer)", syscall(SYS_fstat64, fd, BAD), EFAULT);
	close(fd);
	fd = open(".", O_RDONLY | O_DIRECTORY);
	EXPECT_ERR("fstat64(directory, bad buffer)", syscall(SYS_fstat64, fd, BAD), EFAULT);
	SETUP(pipe(p));
	EXPECT_ERR("fstat64(pipe, bad buffer)", syscall(SYS_fstat64, p[0], BAD), EFAULT);
	EXPECT_ERR("fstat64(bad fd, bad buffer)", syscall(SYS_fstat64, 999, BAD), EBADF);
	return lt_done();
}
