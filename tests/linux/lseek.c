/*
 * lseek: SEEK_SET/SEEK_CUR/SEEK_END, seeking past the end and writing
 * there (a hole that reads as zeroes, counted in the size), and the
 * errors: negative result and unknown whence (EINVAL), pipes (ESPIPE),
 * bad fds (EBADF).
 */
#include "lt.h"

int main(void)
{
	char buf[16];
	int fd, p[2];
	struct stat st;

	lt_write_file("f", "0123456789", 10);
	fd = open("f", O_RDWR);
	SETUP(fd);
	EXPECT_EQ("SEEK_SET 4", lseek(fd, 4, SEEK_SET), 4);
	EXPECT_EQ("read 2", read(fd, buf, 2), 2);
	EXPECT_TRUE("got \"45\"", !memcmp(buf, "45", 2));
	EXPECT_EQ("SEEK_CUR +1", lseek(fd, 1, SEEK_CUR), 7);
	EXPECT_EQ("SEEK_CUR -7", lseek(fd, -7, SEEK_CUR), 0);
	EXPECT_EQ("SEEK_END 0", lseek(fd, 0, SEEK_END), 10);
	EXPECT_EQ("SEEK_END -3", lseek(fd, -3, SEEK_END), 7);
	EXPECT_EQ("SEEK_END +10 (past the end)", lseek(fd, 10, SEEK_END), 20);
	EXPECT_EQ("read there", read(fd, buf, 4), 0);
	EXPECT_EQ("write there", write(fd, "Z", 1), 1);
	EXPECT_OK("fstat", fstat(fd, &st));
	EXPECT_EQ("size", st.st_size, 21);
	EXPECT_EQ("SEEK_SET 10", lseek(fd, 10, SEEK_SET), 10);
	EXPECT_EQ("read the hole", read(fd, buf, 11), 11);
	EXPECT_TRUE("zeroes then Z", buf[0] == 0 && buf[9] == 0 && buf[10] == 'Z');
	EXPECT_ERR("SEEK_SET -1", lseek(fd, -1, SEEK_SET), EINVAL);
	EXPECT_ERR("SEEK_CUR to before 0", lseek(fd, -100, SEEK_CUR), EINVAL);
	EXPECT_EQ("offset unchanged", lseek(fd, 0, SEEK_CUR), 21);
	EXPECT_ERR("whence 7", lseek(fd, 0, 7), EINVAL);
	EXPECT_ERR("bad fd", lseek(999, 0, SEEK_SET), EBADF);
	SETUP(pipe(p));
	EXPECT_ERR("a pipe", lseek(p[0], 0, SEEK_CUR), ESPIPE);
	EXPECT_ERR("a pipe's write end", lseek(p[1], 0, SEEK_SET), ESPIPE);
	close(fd);
	fd = open(".", O_RDONLY | O_DIRECTORY);
	EXPECT_EQ("a directory: SEEK_SET 0", lseek(fd, 0, SEEK_SET), 0);
	return lt_done();
}
