/*
 * fionread: ioctl FIONREAD says how many bytes a read would find: in a
 * pipe and a FIFO, what is buffered; in a regular file, from the offset
 * to the end (negative past it, as Linux computes i_size - f_pos);
 * /dev/null and a directory know no such request (ENOTTY).
 */
#include "lt.h"
#include <sys/ioctl.h>

static int nread(int fd)
{
	int n = -12345;

	return ioctl(fd, FIONREAD, &n) == -1 ? -12345 : n;
}

int main(void)
{
	int p[2], fd, n;
	char buf[8];

	SETUP(pipe(p));
	EXPECT_EQ("empty pipe", nread(p[0]), 0);
	SETUP(write(p[1], "hello", 5));
	EXPECT_EQ("after writing 5", nread(p[0]), 5);
	SETUP(read(p[0], buf, 2));
	EXPECT_EQ("after reading 2", nread(p[0]), 3);
	EXPECT_EQ("asked on the write end", nread(p[1]), 3);
	SETUP(mkfifo("fifo", 0600));
	SETUP(fd = open("fifo", O_RDWR));
	SETUP(write(fd, "abc", 3));
	EXPECT_EQ("FIFO", nread(fd), 3);
	close(fd);
	lt_write_file("f", "0123456789", 10);
	SETUP(fd = open("f", O_RDONLY));
	EXPECT_EQ("regular file at 0", nread(fd), 10);
	SETUP(lseek(fd, 4, SEEK_SET));
	EXPECT_EQ("at 4", nread(fd), 6);
	SETUP(lseek(fd, 20, SEEK_SET));
	EXPECT_EQ("past the end", nread(fd), -10);
	close(fd);
	SETUP(fd = open("/dev/null", O_RDONLY));
	EXPECT_ERR("/dev/null", ioctl(fd, FIONREAD, &n), ENOTTY);
	close(fd);
	SETUP(fd = open(".", O_RDONLY | O_DIRECTORY));
	EXPECT_ERR("a directory", ioctl(fd, FIONREAD, &n), ENOTTY);
	EXPECT_ERR("a bad pointer", ioctl(p[0], FIONREAD, BAD), EFAULT);
	return lt_done();
}
