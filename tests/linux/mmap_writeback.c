/*
 * mmap_writeback: msync and munmap of a MAP_SHARED file mapping put into
 * the file what was stored through the mapping, and leave the rest of the
 * file alone: a page only read through the mapping, or never touched,
 * keeps what write() put there meanwhile. (A page both stored into and
 * written with write() is tests/pending/mmap_coherent's subject.)
 */
#include "lt.h"
#include <sys/mman.h>

#define PG 4096

static char at(int fd, long off)
{
	char c = 0;

	return pread(fd, &c, 1, off) == 1 ? c : 0;
}

int main(void)
{
	char data[3 * PG];

	memset(data, '0', sizeof data);
	lt_write_file("data", data, sizeof data);
	int fd = open("data", O_RDWR);
	SETUP(fd);
	volatile char *m = mmap(NULL, 3 * PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	SETUP_TRUE(m != MAP_FAILED);

	m[10] = 's';                                    /* page 0: stored into */
	EXPECT_EQ("page 1 read through the mapping", m[PG + 10], '0');
	SETUP(pwrite(fd, "w", 1, PG + 20));             /* page 1: only read */
	SETUP(pwrite(fd, "x", 1, 2 * PG + 30));         /* page 2: never touched */
	EXPECT_OK("msync", msync((void *)m, 3 * PG, MS_SYNC));
	EXPECT_EQ("after msync: the store is in the file", at(fd, 10), 's');
	EXPECT_EQ("  the write() to a page only read is kept", at(fd, PG + 20), 'w');
	EXPECT_EQ("  the write() to an untouched page is kept", at(fd, 2 * PG + 30), 'x');

	SETUP(pwrite(fd, "y", 1, PG + 40));
	m[20] = 't';                                    /* page 0 again, after the msync */
	EXPECT_OK("munmap", munmap((void *)m, 3 * PG));
	EXPECT_EQ("after munmap: the second store is in the file", at(fd, 20), 't');
	EXPECT_EQ("  and the first", at(fd, 10), 's');
	EXPECT_EQ("  the later write() to the page only read is kept", at(fd, PG + 40), 'y');
	EXPECT_EQ("  and the earlier ones", at(fd, PG + 20) == 'w' && at(fd, 2 * PG + 30) == 'x', 1);
	return lt_done();
}
