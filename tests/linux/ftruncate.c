/*
 * ftruncate: growing a file (the new part reads as zeroes) and shrinking
 * it, by fd (ftruncate64, 194) and by path (truncate64, 193); the offset
 * does not move; errors: negative length (EINVAL), a read-only fd
 * (EINVAL), a directory (EISDIR), a missing path (ENOENT), a bad fd (EBADF).
 */
#include "lt.h"

int main(void)
{
	struct stat st;
	char buf[32];
	int fd, ro, i, zero = 1;

	lt_write_file("f", "0123456789", 10);
	fd = open("f", O_RDWR);
	SETUP(fd);
	lseek(fd, 3, SEEK_SET);
	EXPECT_OK("ftruncate to 20", ftruncate(fd, 20));
	EXPECT_OK("fstat", fstat(fd, &st));
	EXPECT_EQ("size", st.st_size, 20);
	EXPECT_EQ("offset unchanged", lseek(fd, 0, SEEK_CUR), 3);
	EXPECT_EQ("pread all", pread(fd, buf, sizeof buf, 0), 20);
	for (i = 10; i < 20; i++)
		zero &= buf[i] == 0;
	EXPECT_TRUE("old bytes kept, new ones zero", !memcmp(buf, "0123456789", 10) && zero);
	EXPECT_OK("ftruncate to 4", ftruncate(fd, 4));
	EXPECT_OK("fstat", fstat(fd, &st));
	EXPECT_EQ("size", st.st_size, 4);
	EXPECT_EQ("read from 3", read(fd, buf, sizeof buf), 1);
	EXPECT_OK("truncate by path to 0", truncate("f", 0));
	EXPECT_OK("stat", stat("f", &st));
	EXPECT_EQ("size", st.st_size, 0);
	EXPECT_OK("truncate by path to 100000", truncate("f", 100000));
	EXPECT_OK("stat", stat("f", &st));
	EXPECT_EQ("size", st.st_size, 100000);
	EXPECT_ERR("ftruncate to -1", ftruncate(fd, -1), EINVAL);
	EXPECT_ERR("truncate to -1", truncate("f", -1), EINVAL);
	ro = open("f", O_RDONLY);
	EXPECT_ERR("ftruncate a read-only fd", ftruncate(ro, 0), EINVAL);
	EXPECT_ERR("truncate a directory", truncate(".", 0), EISDIR);
	EXPECT_ERR("truncate a missing file", truncate("missing", 0), ENOENT);
	EXPECT_ERR("ftruncate a bad fd", ftruncate(999, 0), EBADF);
	return lt_done();
}
