/*
 * pipe_size: a new pipe holds 64 KiB, as F_GETPIPE_SZ says; F_SETPIPE_SZ
 * resizes it as Linux 6.1 does: the size is rounded up to a power of two
 * pages (at least one page) and the new size returned; F_GETPIPE_SZ then
 * says it, and exactly that much fits before EAGAIN; shrinking below what
 * is buffered is EBUSY; a size over 2 GiB is EINVAL; on a file,
 * F_GETPIPE_SZ and F_SETPIPE_SZ are EBADF.
 */
#include "lt.h"

#ifndef F_SETPIPE_SZ
#define F_SETPIPE_SZ 1031
#define F_GETPIPE_SZ 1032
#endif

static char chunk[1 << 20];

/* How many bytes go into the (non-blocking) pipe before EAGAIN; drained after. */
static long fill(int p[2])
{
	long total = 0, n;

	while ((n = write(p[1], chunk, sizeof chunk)) > 0)
		total += n;
	if (errno != EAGAIN)
		return -1;
	while (read(p[0], chunk, sizeof chunk) > 0)
		;
	return total;
}

int main(void)
{
	int p[2], fd;

	SETUP(pipe2(p, O_NONBLOCK));
	EXPECT_EQ("F_GETPIPE_SZ, read end", fcntl(p[0], F_GETPIPE_SZ), 65536);
	EXPECT_EQ("F_GETPIPE_SZ, write end", fcntl(p[1], F_GETPIPE_SZ), 65536);
	EXPECT_EQ("65536 bytes fit", fill(p), 65536);
	EXPECT_EQ("F_SETPIPE_SZ 4097: rounded up", fcntl(p[1], F_SETPIPE_SZ, 4097), 8192);
	EXPECT_EQ("F_GETPIPE_SZ", fcntl(p[0], F_GETPIPE_SZ), 8192);
	EXPECT_EQ("8192 bytes fit", fill(p), 8192);
	EXPECT_EQ("F_SETPIPE_SZ 0: one page", fcntl(p[0], F_SETPIPE_SZ, 0), 4096);
	EXPECT_EQ("4096 bytes fit", fill(p), 4096);
	EXPECT_EQ("F_SETPIPE_SZ 3 pages: 4", fcntl(p[0], F_SETPIPE_SZ, 3 * 4096), 16384);
	EXPECT_EQ("F_SETPIPE_SZ 1 MiB", fcntl(p[0], F_SETPIPE_SZ, 1 << 20), 1 << 20);
	EXPECT_EQ("1 MiB fits", fill(p), 1 << 20);
	EXPECT_EQ("F_SETPIPE_SZ 100000: 128 KiB", fcntl(p[1], F_SETPIPE_SZ, 100000), 131072);
	EXPECT_EQ("write 3 pages", write(p[1], chunk, 3 * 4096), 3 * 4096);
	EXPECT_ERR("shrink to 2 pages with 3 buffered: EBUSY", fcntl(p[1], F_SETPIPE_SZ, 8192), EBUSY);
	EXPECT_EQ("size unchanged", fcntl(p[1], F_GETPIPE_SZ), 131072);
	EXPECT_EQ("shrink to 4 pages", fcntl(p[1], F_SETPIPE_SZ, 16384), 16384);
	EXPECT_EQ("the data kept", read(p[0], chunk, sizeof chunk), 3 * 4096);
	EXPECT_ERR("over 2 GiB: EINVAL", fcntl(p[1], F_SETPIPE_SZ, 0x80000001u), EINVAL);
	EXPECT_EQ("size unchanged", fcntl(p[1], F_GETPIPE_SZ), 16384);
	lt_write_file("f", "x", 1);
	SETUP(fd = open("f", O_RDWR));
	EXPECT_ERR("F_GETPIPE_SZ on a file", fcntl(fd, F_GETPIPE_SZ), EBADF);
	EXPECT_ERR("F_SETPIPE_SZ on a file", fcntl(fd, F_SETPIPE_SZ, 8192), EBADF);
	EXPECT_ERR("F_GETPIPE_SZ on a closed fd", fcntl(30, F_GETPIPE_SZ), EBADF);
	return lt_done();
}
