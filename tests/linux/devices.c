/*
 * devices: /dev/null swallows writes and reads as end of file; /dev/zero
 * reads zeroes and swallows writes; /dev/full reads zeroes and refuses
 * writes (ENOSPC); /dev/urandom reads fill the buffer. All four are
 * character devices; none is a terminal.
 */
#include "lt.h"

int main(void)
{
	static const char *names[] = { "/dev/null", "/dev/zero", "/dev/full", "/dev/urandom" };
	char buf[4096], label[64];
	struct stat st;
	unsigned i;
	int fd, zero = 1, nz = 0;

	for (i = 0; i < 4; i++) {
		snprintf(label, sizeof label, "%s is a character device", names[i]);
		EXPECT_TRUE(label, stat(names[i], &st) == 0 && S_ISCHR(st.st_mode));
		fd = open(names[i], O_RDWR);
		snprintf(label, sizeof label, "%s is not a tty", names[i]);
		EXPECT_TRUE(label, fd >= 0 && !isatty(fd));
		close(fd);
	}
	fd = open("/dev/null", O_RDWR);
	EXPECT_EQ("write 100 to /dev/null", write(fd, buf, 100), 100);
	EXPECT_EQ("read /dev/null", read(fd, buf, sizeof buf), 0);
	EXPECT_EQ("lseek /dev/null", lseek(fd, 1000, SEEK_SET), 0);
	close(fd);

	fd = open("/dev/zero", O_RDWR);
	memset(buf, 1, sizeof buf);
	EXPECT_EQ("read 4096 from /dev/zero", read(fd, buf, sizeof buf), 4096);
	for (i = 0; i < sizeof buf; i++)
		zero &= buf[i] == 0;
	EXPECT_TRUE("all zero", zero);
	EXPECT_EQ("write 10 to /dev/zero", write(fd, "0123456789", 10), 10);
	close(fd);

	fd = open("/dev/full", O_RDWR);
	EXPECT_ERR("write to /dev/full", write(fd, "x", 1), ENOSPC);
	memset(buf, 1, 16);
	EXPECT_EQ("read 16 from /dev/full", read(fd, buf, 16), 16);
	EXPECT_TRUE("zeroes", buf[0] == 0 && buf[15] == 0);
	close(fd);

	fd = open("/dev/urandom", O_RDONLY);
	memset(buf, 0, sizeof buf);
	EXPECT_EQ("read 4096 from /dev/urandom", read(fd, buf, sizeof buf), 4096);
	for (i = 0; i < sizeof buf; i++)
		nz += buf[i] != 0;
	EXPECT_TRUE("mostly non-zero", nz > 3500);
	close(fd);
	EXPECT_ERR("open /dev/missing", open("/dev/missing-device", O_RDONLY), ENOENT);
	return lt_done();
}
