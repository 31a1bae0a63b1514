/*
 * fsync: fsync and fdatasync of a file (also read-only) and of a
 * directory succeed; of a pipe they are EINVAL; of a bad fd EBADF; sync()
 * returns.
 */
#include "lt.h"

int main(void)
{
	int fd, p[2];

	fd = open("f", O_RDWR | O_CREAT, 0644);
	SETUP(fd);
	write(fd, "data", 4);
	EXPECT_OK("fsync", fsync(fd));
	EXPECT_OK("fdatasync", fdatasync(fd));
	close(fd);
	fd = open("f", O_RDONLY);
	EXPECT_OK("fsync of a read-only fd", fsync(fd));
	close(fd);
	fd = open(".", O_RDONLY | O_DIRECTORY);
	EXPECT_OK("fsync of a directory", fsync(fd));
	close(fd);
	SETUP(pipe(p));
	EXPECT_ERR("fsync of a pipe", fsync(p[1]), EINVAL);
	EXPECT_ERR("fdatasync of a pipe", fdatasync(p[0]), EINVAL);
	EXPECT_ERR("fsync of a bad fd", fsync(999), EBADF);
	sync();
	EXPECT_TRUE("sync returned", 1);
	return lt_done();
}
