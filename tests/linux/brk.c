/*
 * brk: the program break through the raw call (45): brk(0) reports it,
 * growing by 1 MiB gives zeroed writable memory, shrinking works, a break
 * below the data segment is refused (the old break comes back), and
 * newlib's sbrk agrees with it.
 */
#include "lt.h"
#include <stdint.h>

extern char end[];

int main(void)
{
	uintptr_t cur = (uintptr_t)syscall(SYS_brk, 0), got;
	unsigned char *p;
	size_t i;
	int zero = 1;

	EXPECT_TRUE("brk(0) is at or after end", cur >= (uintptr_t)end);
	EXPECT_TRUE("brk(0) again is the same", (uintptr_t)syscall(SYS_brk, 0) == cur);
	got = (uintptr_t)syscall(SYS_brk, cur + (1 << 20));
	EXPECT_TRUE("grow by 1 MiB", got == cur + (1 << 20));
	p = (unsigned char *)cur;
	for (i = 0; i < (1 << 20); i += 512)
		zero &= p[i] == 0;
	EXPECT_TRUE("new memory is zero", zero);
	memset(p, 0xa5, 1 << 20);
	EXPECT_TRUE("new memory is writable", p[(1 << 20) - 1] == 0xa5);
	got = (uintptr_t)syscall(SYS_brk, cur + 4096);
	EXPECT_TRUE("shrink to one page", got == cur + 4096);
	got = (uintptr_t)syscall(SYS_brk, 4096);
	EXPECT_TRUE("brk below the data is refused", got == cur + 4096);
	got = (uintptr_t)syscall(SYS_brk, cur);
	EXPECT_TRUE("back to the start", got == cur);
	p = sbrk(0);
	EXPECT_TRUE("sbrk(0) is the break", (uintptr_t)p == cur);
	p = sbrk(8192);
	EXPECT_TRUE("sbrk(8192) returns the old break", (uintptr_t)p == cur);
	EXPECT_TRUE("and moves it", (uintptr_t)syscall(SYS_brk, 0) == cur + 8192);
	p[8191] = 1;
	p = sbrk(-8192);
	EXPECT_TRUE("sbrk(-8192) returns the old break", (uintptr_t)p == cur + 8192);
	EXPECT_TRUE("and moves it back", (uintptr_t)syscall(SYS_brk, 0) == cur);
	return lt_done();
}
