/*
 * mmap_file: a read-only private mapping of a file shows its bytes (also
 * at a page offset, and zeroes after EOF up to the page end); a private
 * writable mapping's changes stay private; a shared writable mapping of a
 * read-only fd is EACCES, a mapping of a directory ENODEV, of a pipe ENODEV.
 */
#include "lt.h"
#include <sys/mman.h>

int main(void)
{
	static char data[3 * 4096 + 100];
	char back[16];
	unsigned char *p;
	size_t i;
	int fd, ok = 1, pfd[2];

	for (i = 0; i < sizeof data; i++)
		data[i] = (char)('a' + i % 26);
	lt_write_file("f", data, sizeof data);
	fd = open("f", O_RDONLY);
	SETUP(fd);

	p = mmap(0, sizeof data, PROT_READ, MAP_PRIVATE, fd, 0);
	EXPECT_TRUE("read-only private mapping", p != MAP_FAILED);
	if (p == MAP_FAILED)
		return lt_done();
	EXPECT_TRUE("shows the file", !memcmp(p, data, sizeof data));
	for (i = sizeof data; i < 4 * 4096; i++)
		ok &= p[i] == 0;
	EXPECT_TRUE("zero after EOF to the page end", ok);
	EXPECT_OK("munmap", munmap(p, sizeof data));

	p = mmap(0, 4096, PROT_READ, MAP_PRIVATE, fd, 2 * 4096);
	EXPECT_TRUE("mapping at offset 8192", p != MAP_FAILED && !memcmp(p, data + 8192, 4096));
	munmap(p, 4096);

	p = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	EXPECT_TRUE("writable private mapping of a read-only fd", p != MAP_FAILED);
	if (p != MAP_FAILED) {
		memcpy(p, "PRIVATE", 7);
		EXPECT_TRUE("the mapping changed", !memcmp(p, "PRIVATE", 7));
		pread(fd, back, 7, 0);
		EXPECT_TRUE("the file did not", !memcmp(back, data, 7));
		munmap(p, 4096);
	}
	EXPECT_ERR("shared writable mapping of a read-only fd",
		   mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), EACCES);
	close(fd);

	fd = open(".", O_RDONLY | O_DIRECTORY);
	EXPECT_ERR("mapping a directory", mmap(0, 4096, PROT_READ, MAP_PRIVATE, fd, 0), ENODEV);
	close(fd);
	SETUP(pipe(pfd));
	EXPECT_ERR("mapping a pipe", mmap(0, 4096, PROT_READ, MAP_PRIVATE, pfd[0], 0), ENODEV);
	fd = open("f", O_WRONLY);
	EXPECT_ERR("mapping a write-only fd", mmap(0, 4096, PROT_READ, MAP_PRIVATE, fd, 0), EACCES);
	return lt_done();
}
