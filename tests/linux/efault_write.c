/*
 * efault_write: a bad source for write (4), pwrite64 (181) and writev
 * (146), by raw call: EFAULT, and nothing reached the file (size 0,
 * offset 0); the same for a pipe (nothing to read afterwards).
 */
#include "lt.h"
#include <sys/uio.h>

int main(void)
{
	struct iovec iov[2] = { { "ok", 2 }, { BAD, 10 } };
	struct stat st;
	int fd, p[2];

	fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
	SETUP(fd);
	EXPECT_ERR("write from a bad buffer", syscall(SYS_write, fd, BAD, 10), EFAULT);
	EXPECT_ERR("pwrite64 from a bad buffer", syscall(SYS_pwrite64, fd, BAD, 10, 0, 0, 0), EFAULT);
	EXPECT_ERR("writev with a bad iovec array", syscall(SYS_writev, fd, BAD, 1), EFAULT);
	EXPECT_ERR("writev whose only vector is bad", syscall(SYS_writev, fd, iov + 1, 1), EFAULT);
	EXPECT_OK("fstat", fstat(fd, &st));
	EXPECT_EQ("file size", st.st_size, 0);
	EXPECT_EQ("offset", lseek(fd, 0, SEEK_CUR), 0);
	SETUP(pipe(p));
	SETUP(fcntl(p[0], F_SETFL, O_NONBLOCK));
	EXPECT_ERR("write to a pipe from a bad buffer", syscall(SYS_write, p[1], BAD, 10), EFAULT);
	EXPECT_ERR("nothing in the pipe", read(p[0], &st, 1), EAGAIN);
	return lt_done();
}
