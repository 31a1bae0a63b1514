/*
 * bigfile: a 16 MiB file written in 64 KiB chunks of a pattern that
 * depends on the position, read back in 4000-byte pieces (not aligned to
 * anything) with a checksum, its size checked by fstat and lseek(SEEK_END),
 * and a read at the end returning 0. The checksum is printed: it depends
 * only on the data.
 */
#include "lt.h"
#include <stdint.h>

#define SIZE (16u << 20)
#define CHUNK 65536

static uint32_t fnv(uint32_t h, const unsigned char *p, size_t n)
{
	while (n--)
		h = (h ^ *p++) * 16777619u;
	return h;
}

static void fill(unsigned char *p, size_t n, uint32_t pos)
{
	size_t i;

	for (i = 0; i < n; i++, pos++)
		p[i] = (unsigned char)((pos * 2654435761u) >> 24);
}

int main(void)
{
	static unsigned char buf[CHUNK];
	uint32_t want = 2166136261u, got = 2166136261u, pos;
	struct stat st;
	long r, total = 0;
	int fd, ok = 1;

	fd = open("big", O_RDWR | O_CREAT | O_TRUNC, 0644);
	SETUP(fd);
	for (pos = 0; pos < SIZE; pos += CHUNK) {
		fill(buf, CHUNK, pos);
		want = fnv(want, buf, CHUNK);
		if (write(fd, buf, CHUNK) != CHUNK)
			ok = 0;
	}
	EXPECT_TRUE("16 MiB written in full chunks", ok);
	EXPECT_OK("fstat", fstat(fd, &st));
	EXPECT_EQ("st_size", st.st_size, SIZE);
	EXPECT_TRUE("st_blocks covers it", (long long)st.st_blocks * 512 >= SIZE);
	EXPECT_EQ("lseek SEEK_END", lseek(fd, 0, SEEK_END), SIZE);
	EXPECT_EQ("rewind", lseek(fd, 0, SEEK_SET), 0);
	while ((r = read(fd, buf, 4000)) > 0) {
		got = fnv(got, buf, (size_t)r);
		total += r;
	}
	EXPECT_EQ("read at the end", r, 0);
	EXPECT_EQ("bytes read back", total, SIZE);
	EXPECT_TRUE("checksum matches what was written", got == want);
	printf("checksum: %08lx\n", (unsigned long)got);
	EXPECT_EQ("pread of the last 10 bytes", pread(fd, buf, 100, SIZE - 10), 10);
	fill(buf + 50, 10, SIZE - 10);
	EXPECT_TRUE("are right", !memcmp(buf, buf + 50, 10));
	close(fd);
	EXPECT_OK("unlink", unlink("big"));
	return lt_done();
}
