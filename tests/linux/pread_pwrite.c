/*
 * pread_pwrite: pread64/pwrite64 (180/181, the offset in r4/r5) read and
 * write at an offset without moving the file offset; pread past the end
 * is 0; pwrite past the end extends the file; a negative offset is
 * EINVAL, a pipe ESPIPE, a bad fd EBADF.
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
	lseek(fd, 2, SEEK_SET);
	EXPECT_EQ("pread 3 at 5", pread(fd, buf, 3, 5), 3);
	EXPECT_TRUE("got \"567\"", !memcmp(buf, "567", 3));
	EXPECT_EQ("offset unchanged", lseek(fd, 0, SEEK_CUR), 2);
	EXPECT_EQ("pwrite 2 at 8", pwrite(fd, "AB", 2, 8), 2);
	EXPECT_EQ("offset unchanged", lseek(fd, 0, SEEK_CUR), 2);
	EXPECT_EQ("pread 4 at 7 (2 left)", pread(fd, buf, 4, 7), 3);
	EXPECT_TRUE("got \"7AB\"", !memcmp(buf, "7AB", 3));
	EXPECT_EQ("pread at 10 (the end)", pread(fd, buf, 4, 10), 0);
	EXPECT_EQ("pread at 1000", pread(fd, buf, 4, 1000), 0);
	EXPECT_EQ("pwrite at 20", pwrite(fd, "Z", 1, 20), 1);
	EXPECT_OK("fstat", fstat(fd, &st));
	EXPECT_EQ("size", st.st_size, 21);
	EXPECT_EQ("read continues at 2", read(fd, buf, 2), 2);
	EXPECT_TRUE("got \"23\"", !memcmp(buf, "23", 2));
	EXPECT_ERR("pread at -1", pread(fd, buf, 1, -1), EINVAL);
	EXPECT_ERR("pwrite at -1", pwrite(fd, "x", 1, -1), EINVAL);
	EXPECT_ERR("pread on a bad fd", pread(999, buf, 1, 0), EBADF);
	SETUP(pipe(p));
	EXPECT_ERR("pread on a pipe", pread(p[0], buf, 1, 0), ESPIPE);
	EXPECT_ERR("pwrite on a pipe", pwrite(p[1], "x", 1, 0), ESPIPE);
	close(fd);
	fd = open("f", O_RDONLY);
	EXPECT_ERR("pwrite on O_RDONLY", pwrite(fd, "x", 1, 0), EBADF);
	return lt_done();
}
