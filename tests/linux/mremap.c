/*
 * mremap: shrinking in place, growing in place when the space after is
 * free, moving (MREMAP_MAYMOVE) with the contents, to a fixed place
 * (MREMAP_FIXED), and the errors of bad flags, alignment and ranges.
 */
#define _GNU_SOURCE
#include "lt.h"
#include <sys/mman.h>

static void *raw_mremap(void *old, size_t old_len, size_t new_len, int flags, void *new_addr)
{
	return (void *)syscall(SYS_mremap, old, old_len, new_len, flags, new_addr);
}

static int filled(const char *p, size_t n, char c)
{
	for (size_t i = 0; i < n; i += 512)
		if (p[i] != c)
			return 0;
	return 1;
}

int main(void)
{
	char *a = mmap(NULL, 4 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	SETUP_TRUE(a != MAP_FAILED);
	memset(a, 'a', 4 * 4096);
	EXPECT_TRUE("shrink in place", raw_mremap(a, 4 * 4096, 2 * 4096, 0, NULL) == a);
	EXPECT_TRUE("the rest is gone", mmap(a + 2 * 4096, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS |
					     MAP_FIXED_NOREPLACE, -1, 0) == a + 2 * 4096);
	munmap(a + 2 * 4096, 4096);
	EXPECT_TRUE("grow in place (room after it)", raw_mremap(a, 2 * 4096, 3 * 4096, 0, NULL) == a);
	EXPECT_TRUE("contents kept, the new page zero", filled(a, 2 * 4096, 'a') && a[2 * 4096] == 0);

	char *wall = mmap(a + 3 * 4096, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	SETUP_TRUE(wall == a + 3 * 4096);
	EXPECT_TRUE("no room, no MAYMOVE: ENOMEM", raw_mremap(a, 3 * 4096, 5 * 4096, 0, NULL) == MAP_FAILED &&
		    errno == ENOMEM);
	char *b = raw_mremap(a, 3 * 4096, 5 * 4096, MREMAP_MAYMOVE, NULL);
	EXPECT_TRUE("MAYMOVE: moved", b != MAP_FAILED && b != a);
	EXPECT_TRUE("... with its contents", filled(b, 2 * 4096, 'a'));
	b[4 * 4096] = 'z';
	EXPECT_TRUE("the old place is free", mmap(a, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS |
						  MAP_FIXED_NOREPLACE, -1, 0) == a);

	char *fixed = mmap(NULL, 8 * 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	SETUP_TRUE(fixed != MAP_FAILED);
	munmap(fixed, 8 * 4096);
	EXPECT_TRUE("MREMAP_FIXED", raw_mremap(b, 5 * 4096, 5 * 4096, MREMAP_MAYMOVE | MREMAP_FIXED, fixed) == fixed);
	EXPECT_TRUE("... contents there", filled(fixed, 2 * 4096, 'a') && fixed[4 * 4096] == 'z');

	EXPECT_TRUE("FIXED without MAYMOVE: EINVAL",
		    raw_mremap(fixed, 4096, 4096, MREMAP_FIXED, fixed + 4096) == MAP_FAILED && errno == EINVAL);
	EXPECT_TRUE("bad flags: EINVAL", raw_mremap(fixed, 4096, 4096, 0x40, NULL) == MAP_FAILED && errno == EINVAL);
	EXPECT_TRUE("unaligned: EINVAL", raw_mremap(fixed + 1, 4096, 4096, 0, NULL) == MAP_FAILED && errno == EINVAL);
	EXPECT_TRUE("new size 0: EINVAL", raw_mremap(fixed, 4096, 0, 0, NULL) == MAP_FAILED && errno == EINVAL);
	EXPECT_TRUE("not mapped: EFAULT", raw_mremap(a + 8 * 4096 * 16, 4096, 8192, MREMAP_MAYMOVE, NULL) == MAP_FAILED &&
		    errno == EFAULT);
	EXPECT_TRUE("beyond its mapping: EFAULT",
		    raw_mremap(fixed, 9 * 4096, 10 * 4096, MREMAP_MAYMOVE, NULL) == MAP_FAILED && errno == EFAULT);
	return lt_done();
}
