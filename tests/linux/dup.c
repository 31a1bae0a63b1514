/*
 * dup: dup gives the lowest free fd and shares the file offset; dup2 onto
 * an open fd closes it first, dup2(fd, fd) just checks fd; dup3 with
 * O_CLOEXEC sets FD_CLOEXEC, dup3(fd, fd) and unknown flags are EINVAL;
 * dup never copies FD_CLOEXEC; bad fds are EBADF.
 */
#include "lt.h"

int main(void)
{
	int fd, d, low;
	char c;

	lt_write_file("f", "abcdef", 6);
	fd = open("f", O_RDONLY | O_CLOEXEC);
	SETUP(fd);
	low = open("f", O_RDONLY);
	SETUP(low);
	close(low);            /* now the lowest free fd */

	d = dup(fd);
	EXPECT_TRUE("dup returns the lowest free fd", d == low);
	EXPECT_EQ("dup does not copy FD_CLOEXEC", fcntl(d, F_GETFD), 0);
	EXPECT_EQ("original keeps FD_CLOEXEC", fcntl(fd, F_GETFD), FD_CLOEXEC);
	EXPECT_EQ("read 1 via the dup", read(d, &c, 1), 1);
	EXPECT_EQ("offset is shared", lseek(fd, 0, SEEK_CUR), 1);
	EXPECT_EQ("read via the original continues", (read(fd, &c, 1), c), 'b');

	EXPECT_EQ("dup2 to 20", dup2(fd, 20), 20);
	EXPECT_EQ("fd 20 shares the offset", lseek(20, 0, SEEK_CUR), 2);
	EXPECT_EQ("dup2 onto open fd 20 again", dup2(d, 20), 20);
	EXPECT_EQ("dup2(fd, fd) returns fd", dup2(fd, fd), fd);
	EXPECT_ERR("dup2(bad, 21)", dup2(999, 21), EBADF);
	EXPECT_ERR("dup2(fd, -1)", dup2(fd, -1), EBADF);
	EXPECT_ERR("dup2(fd, 1<<20)", dup2(fd, 1 << 20), EBADF);
	EXPECT_ERR("fd 21 stayed closed", fcntl(21, F_GETFD), EBADF);

	EXPECT_EQ("dup3 O_CLOEXEC to 22", dup3(fd, 22, O_CLOEXEC), 22);
	EXPECT_EQ("fd 22 has FD_CLOEXEC", fcntl(22, F_GETFD), FD_CLOEXEC);
	EXPECT_EQ("dup3 without flags to 23", dup3(fd, 23, 0), 23);
	EXPECT_EQ("fd 23 has no FD_CLOEXEC", fcntl(23, F_GETFD), 0);
	EXPECT_ERR("dup3(fd, fd)", dup3(fd, fd, 0), EINVAL);
	EXPECT_ERR("dup3 unknown flag", dup3(fd, 24, O_APPEND), EINVAL);
	EXPECT_ERR("dup3(bad, 24)", dup3(999, 24, 0), EBADF);
	EXPECT_ERR("dup(bad)", dup(999), EBADF);
	EXPECT_ERR("dup(-1)", dup(-1), EBADF);
	close(d);
	EXPECT_ERR("dup of a closed fd", dup(d), EBADF);
	EXPECT_OK("close 20", close(20));
	EXPECT_ERR("close 20 again", close(20), EBADF);
	return lt_done();
}
