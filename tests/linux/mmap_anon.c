/*
 * mmap_anon: anonymous private mappings (mmap2, 192): zero-filled,
 * writable, page-aligned; MAP_FIXED over part of one; munmap of a middle
 * page leaves the rest; the errors: length 0, no MAP_PRIVATE/MAP_SHARED,
 * an unaligned offset or address, and a bad fd for a file mapping.
 */
#include "lt.h"
#include <stdint.h>
#include <sys/mman.h>

int main(void)
{
	size_t len = 16 * 4096, i;
	unsigned char *p = mmap(0, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *q;
	int zero = 1;

	EXPECT_TRUE("mmap 64 KiB anonymous", p != MAP_FAILED);
	if (p == MAP_FAILED)
		return lt_done();
	EXPECT_TRUE("page-aligned", ((uintptr_t)p & 4095) == 0);
	for (i = 0; i < len; i++)
		zero &= p[i] == 0;
	EXPECT_TRUE("zero-filled", zero);
	memset(p, 0x5a, len);
	EXPECT_TRUE("writable", p[len - 1] == 0x5a && p[0] == 0x5a);

	q = mmap(p + 4096, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
		 -1, 0);
	EXPECT_TRUE("MAP_FIXED lands where asked", q == p + 4096);
	EXPECT_TRUE("MAP_FIXED page is fresh (zero)", q[0] == 0 && q[4095] == 0);
	EXPECT_TRUE("neighbours untouched", p[4095] == 0x5a && p[8192] == 0x5a);

	EXPECT_OK("munmap a middle page", munmap(p + 8 * 4096, 4096));
	EXPECT_TRUE("pages around it still there", p[8 * 4096 - 1] == 0x5a && p[9 * 4096] == 0x5a);
	EXPECT_OK("munmap the whole range (hole included)", munmap(p, len));
	EXPECT_OK("munmap it again (nothing mapped: fine)", munmap(p, len));

	EXPECT_ERR("mmap length 0", mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), EINVAL);
	EXPECT_ERR("mmap without PRIVATE or SHARED", mmap(0, 4096, PROT_READ, MAP_ANONYMOUS, -1, 0),
		   EINVAL);
	EXPECT_ERR("mmap offset not page-aligned",
		   mmap(0, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 100), EINVAL);
	EXPECT_ERR("mmap MAP_FIXED unaligned address",
		   mmap((void *)0x40000100, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
			-1, 0), EINVAL);
	EXPECT_ERR("mmap of a bad fd", mmap(0, 4096, PROT_READ, MAP_PRIVATE, 999, 0), EBADF);
	EXPECT_ERR("munmap unaligned", munmap((void *)0x40000100, 4096), EINVAL);
	EXPECT_ERR("munmap length 0", munmap((void *)0x40000000, 0), EINVAL);
	return lt_done();
}
