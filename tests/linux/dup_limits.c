/*
 * dup_limits: RLIMIT_NOFILE bounds the fd numbers: with the soft limit
 * at 10 and fds 0..9 taken, open, dup, pipe and F_DUPFD are EMFILE;
 * F_DUPFD with a minimum at or over the limit is EINVAL, dup2 and dup3
 * to an fd at or over it EBADF; closed fds are reused lowest first; a
 * pipe needs two free fds; closing a closed fd is EBADF. After raising
 * the limit high fds work, and they stay usable when it is lowered again
 * below them, while new fds still come from under the limit.
 */
#include "lt.h"
#include <sys/resource.h>

int main(void)
{
	struct rlimit rl, old;
	int fd, p[2], n = 0;

	SETUP(getrlimit(RLIMIT_NOFILE, &old));
	SETUP(fd = open("/dev/null", O_RDONLY));
	EXPECT_EQ("first free fd", fd, 3);
	rl = old;
	rl.rlim_cur = 10;
	EXPECT_OK("soft limit 10", setrlimit(RLIMIT_NOFILE, &rl));
	while (dup(fd) >= 0)
		n++;
	EXPECT_EQ("dups made", n, 6);
	EXPECT_ERR("one more dup: EMFILE", dup(fd), EMFILE);
	EXPECT_ERR("open: EMFILE", open("/dev/null", O_RDONLY), EMFILE);
	EXPECT_ERR("pipe: EMFILE", pipe(p), EMFILE);
	EXPECT_ERR("F_DUPFD 5: EMFILE", fcntl(fd, F_DUPFD, 5), EMFILE);
	EXPECT_ERR("F_DUPFD 10 (the limit): EINVAL", fcntl(fd, F_DUPFD, 10), EINVAL);
	EXPECT_ERR("F_DUPFD_CLOEXEC 100: EINVAL", fcntl(fd, F_DUPFD_CLOEXEC, 100), EINVAL);
	EXPECT_ERR("F_DUPFD -1: EINVAL", fcntl(fd, F_DUPFD, -1), EINVAL);
	EXPECT_ERR("dup2 to 10: EBADF", dup2(fd, 10), EBADF);
	EXPECT_ERR("dup3 to 10: EBADF", dup3(fd, 10, 0), EBADF);
	EXPECT_EQ("dup2 onto 9 (taken, under the limit)", dup2(fd, 9), 9);
	EXPECT_ERR("F_DUPFD 9 when all are taken: EMFILE", fcntl(fd, F_DUPFD, 9), EMFILE);

	close(7);
	close(5);
	EXPECT_ERR("close 5 again: EBADF", close(5), EBADF);
	EXPECT_OK("pipe with two free", pipe(p));
	EXPECT_TRUE("it took 5 and 7", p[0] == 5 && p[1] == 7);
	close(p[0]);
	close(p[1]);
	close(8);
	EXPECT_EQ("open: the lowest free", open("/dev/null", O_RDONLY), 5);
	EXPECT_OK("pipe with two free", pipe(p));
	close(p[0]);
	close(p[1]);
	EXPECT_EQ("F_DUPFD 6: the lowest free from 6", fcntl(fd, F_DUPFD, 6), 7);
	EXPECT_ERR("pipe with one free: EMFILE", pipe(p), EMFILE);
	EXPECT_EQ("and the free one still free", dup(fd), 8);

	rl.rlim_cur = 64;
	EXPECT_OK("soft limit 64", setrlimit(RLIMIT_NOFILE, &rl));
	EXPECT_EQ("dup2 to 50", dup2(fd, 50), 50);
	EXPECT_EQ("F_DUPFD 40", fcntl(fd, F_DUPFD, 40), 40);
	EXPECT_EQ("dup: 10", dup(fd), 10);
	rl.rlim_cur = 10;
	EXPECT_OK("soft limit 10 again", setrlimit(RLIMIT_NOFILE, &rl));
	EXPECT_EQ("fd 50 still works", fcntl(50, F_GETFD), 0);
	char c;
	EXPECT_EQ("read from fd 50", read(50, &c, 1), 0);
	EXPECT_ERR("dup: EMFILE", dup(50), EMFILE);
	close(4);
	EXPECT_EQ("dup of fd 50: 4", dup(50), 4);
	EXPECT_OK("close 50", close(50));
	EXPECT_OK("close 40", close(40));
	EXPECT_OK("close 10", close(10));
	EXPECT_ERR("close 50 again: EBADF", close(50), EBADF);
	EXPECT_OK("the old limit back", setrlimit(RLIMIT_NOFILE, &old));
	return lt_done();
}
