/*
 * efault_read: a bad destination for read (3), pread64 (180) and readv
 * (145), passed by raw call so that nothing in the C library touches the
 * pointer first: EFAULT, and the file offset has not moved. A bad iovec
 * array is EFAULT too; a pipe keeps the bytes a bad read did not take.
 */
#include "lt.h"
#include <sys/uio.h>

int main(void)
{
	struct iovec iov = { BAD, 10 };
	char buf[8];
	int fd, p[2];

	lt_write_file("f", "0123456789", 10);
	fd = open("f", O_RDONLY);
	SETUP(fd);
	EXPECT_ERR("read into a bad buffer", syscall(SYS_read, fd, BAD, 10), EFAULT);
	EXPECT_EQ("offset unchanged", lseek(fd, 0, SEEK_CUR), 0);
	EXPECT_ERR("pread64 into a bad buffer", syscall(SYS_pread64, fd, BAD, 10, 0, 0, 0), EFAULT);
	EXPECT_ERR("readv with a bad iov_base", syscall(SYS_readv, fd, &iov, 1), EFAULT);
	EXPECT_ERR("readv with a bad iovec array", syscall(SYS_readv, fd, BAD, 1), EFAULT);
	EXPECT_EQ("offset still unchanged", lseek(fd, 0, SEEK_CUR), 0);
	SETUP(pipe(p));
	SETUP(write(p[1], "abc", 3));
	EXPECT_ERR("read of a pipe into a bad buffer", syscall(SYS_read, p[0], BAD, 3), EFAULT);
	EXPECT_EQ("the bytes are still there", read(p[0], buf, sizeof buf), 3);
	return lt_done();
}
