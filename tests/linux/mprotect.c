/*
 * mprotect: a page made read-only still reads, and the kernel can no
 * longer write into it (read() into it is EFAULT, nothing faults in user
 * code); made writable again it takes writes. Errors: unaligned address,
 * unknown protection bits.
 */
#include "lt.h"
#include <sys/mman.h>

int main(void)
{
	unsigned char *p = mmap(0, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
				-1, 0);
	int fd;

	EXPECT_TRUE("mmap 3 pages", p != MAP_FAILED);
	if (p == MAP_FAILED)
		return lt_done();
	memset(p, 7, 3 * 4096);
	lt_write_file("f", "0123456789", 10);
	fd = open("f", O_RDONLY);
	SETUP(fd);

	EXPECT_OK("mprotect middle page read-only", mprotect(p + 4096, 4096, PROT_READ));
	EXPECT_EQ("it still reads", p[4096], 7);
	EXPECT_ERR("read() into it", read(fd, p + 4096, 10), EFAULT);
	EXPECT_EQ("unchanged", p[4096], 7);
	EXPECT_EQ("read() into the page before", read(fd, p + 4096 - 10, 10), 10);
	EXPECT_TRUE("which took the data", !memcmp(p + 4096 - 10, "0123456789", 10));
	EXPECT_OK("mprotect it read-write again", mprotect(p + 4096, 4096, PROT_READ | PROT_WRITE));
	lseek(fd, 0, SEEK_SET);
	EXPECT_EQ("read() into it now", read(fd, p + 4096, 10), 10);
	p[4096 + 10] = 1;
	EXPECT_TRUE("and user writes", p[4096] == '0' && p[4096 + 10] == 1);
	EXPECT_OK("mprotect PROT_NONE", mprotect(p + 2 * 4096, 4096, PROT_NONE));
	EXPECT_ERR("write() from a PROT_NONE page", write(1, p + 2 * 4096, 1), EFAULT);

	EXPECT_ERR("mprotect unaligned", mprotect(p + 1, 4096, PROT_READ), EINVAL);
	EXPECT_ERR("mprotect unknown prot bit", mprotect(p, 4096, 0x100), EINVAL);
	EXPECT_OK("munmap", munmap(p, 3 * 4096));
	/*
	 * Linux says ENOMEM for mprotect of an unmapped range; qemu-arm 7.2
	 * says 0, so that case is not checked here.
	 */
	return lt_done();
}
