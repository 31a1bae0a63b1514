/*
 * _sbrk: newlib's malloc grows its heap here, through brk (45). Linux's brk
 * returns the new break, or the old one when it cannot move it; brk(0)
 * asks where the break is. The first call finds it.
 */
#include <stdint.h>
#include "protos.h"

void *_sbrk(ptrdiff_t incr)
{
	static uintptr_t cur;
	uintptr_t old, want;

	if (!cur)
		cur = (uintptr_t)__syscall(SYS_brk, 0);
	old = cur;
	want = old + incr;
	if ((incr > 0 && want < old) || (incr < 0 && want > old))
		goto nomem;
	if (incr && (uintptr_t)__syscall(SYS_brk, want) != want)
		goto nomem;
	cur = want;
	return (void *)old;
nomem:
	__syscall_ret(-LINUX_ENOMEM);
	return (void *)-1;
}
