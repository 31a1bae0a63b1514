/*
 * getrandom: getrandom (384) fills the whole buffer (two 64-byte draws are
 * not all zero and differ), GRND_NONBLOCK works, an unknown flag is
 * EINVAL; getentropy takes up to 256 bytes (257 is EIO); /dev/urandom
 * reads fill too. Random bytes are never printed.
 */
#include "lt.h"
#include <sys/random.h>

static int nonzero(const unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i])
			return 1;
	return 0;
}

int main(void)
{
	unsigned char a[64], b[64], big[300];
	int fd;

	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	EXPECT_EQ("getrandom 64 bytes", getrandom(a, sizeof a, 0), 64);
	EXPECT_EQ("getrandom 64 more, GRND_NONBLOCK", getrandom(b, sizeof b, GRND_NONBLOCK), 64);
	EXPECT_TRUE("not all zero", nonzero(a, sizeof a) && nonzero(b, sizeof b));
	EXPECT_TRUE("the two draws differ", memcmp(a, b, sizeof a) != 0);
	EXPECT_EQ("getrandom 0 bytes", getrandom(a, 0, 0), 0);
	EXPECT_ERR("getrandom unknown flag", getrandom(a, sizeof a, 0x100), EINVAL);
	memset(big, 0, sizeof big);
	EXPECT_OK("getentropy 256", getentropy(big, 256));
	EXPECT_TRUE("filled", nonzero(big, 256) && nonzero(big + 192, 64));
	EXPECT_ERR("getentropy 257", getentropy(big, 257), EIO);
	fd = open("/dev/urandom", O_RDONLY);
	EXPECT_TRUE("open /dev/urandom", fd >= 0);
	memset(a, 0, sizeof a);
	EXPECT_EQ("read 64 from /dev/urandom", read(fd, a, sizeof a), 64);
	EXPECT_TRUE("not all zero", nonzero(a, sizeof a));
	close(fd);
	return lt_done();
}
