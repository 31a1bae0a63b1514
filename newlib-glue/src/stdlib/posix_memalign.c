/*
 * posix_memalign (<stdlib.h>): newlib declares it, and its aligned_alloc
 * calls it, but this libc.a does not define it: memalign underneath.
 * Returns an error number (EINVAL for an alignment that is not a power of
 * two multiple of sizeof(void *), ENOMEM) and leaves errno alone.
 */
#include <errno.h>
#include <malloc.h>
#include <stdlib.h>

int posix_memalign(void **res, size_t align, size_t size)
{
	void *p;
	int saved = errno;

	if (align < sizeof(void *) || (align & (align - 1)))
		return EINVAL;
	p = memalign(align, size);
	if (!p) {
		errno = saved;
		return ENOMEM;
	}
	*res = p;
	return 0;
}
