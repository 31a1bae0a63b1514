/*
 * readv_writev: writev gathers three buffers (one empty) into one write,
 * readv scatters a file over two; zero vectors do nothing; a negative
 * count or one above IOV_MAX (1024) is EINVAL; a bad fd EBADF; preadv and
 * pwritev at an offset.
 */
#include "lt.h"
#include <sys/uio.h>

int main(void)
{
	char a[4], b[16], all[32];
	struct iovec w[3] = { { "hello ", 6 }, { "", 0 }, { "world", 5 } };
	struct iovec r[2] = { { a, sizeof a }, { b, sizeof b } };
	static struct iovec many[1025];
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);

	SETUP(fd);
	EXPECT_EQ("writev 3 vectors", writev(fd, w, 3), 11);
	lseek(fd, 0, SEEK_SET);
	EXPECT_EQ("read back", read(fd, all, sizeof all), 11);
	EXPECT_TRUE("\"hello world\"", !memcmp(all, "hello world", 11));
	lseek(fd, 0, SEEK_SET);
	memset(b, 0, sizeof b);
	EXPECT_EQ("readv into 4 + 16", readv(fd, r, 2), 11);
	EXPECT_TRUE("first gets \"hell\"", !memcmp(a, "hell", 4));
	EXPECT_TRUE("second gets \"o world\"", !memcmp(b, "o world", 7));
	EXPECT_EQ("readv at the end", readv(fd, r, 2), 0);
	EXPECT_EQ("writev of 0 vectors", writev(fd, w, 0), 0);
	EXPECT_ERR("writev of -1 vectors", writev(fd, w, -1), EINVAL);
	EXPECT_ERR("readv of 1025 vectors", readv(fd, many, 1025), EINVAL);
	EXPECT_EQ("readv of 1024 empty vectors", readv(fd, many, 1024), 0);
	EXPECT_ERR("writev on a bad fd", writev(999, w, 3), EBADF);
	EXPECT_EQ("pwritev at 6", pwritev(fd, w + 2, 1, 6), 5);
	EXPECT_EQ("preadv at 2", preadv(fd, r, 1, 2), 4);
	EXPECT_TRUE("got \"llo \"", !memcmp(a, "llo ", 4));
	return lt_done();
}
