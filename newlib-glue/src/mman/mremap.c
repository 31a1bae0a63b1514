/* mremap (<sys/mman.h>, GNU): mremap (163); the new address follows with MREMAP_FIXED. */
#include <stdarg.h>
#include <sys/mman.h>
#include "glue.h"

void *mremap(void *old, size_t old_len, size_t new_len, int flags, ...)
{
	void *new = 0;

	if (flags & MREMAP_FIXED) {
		va_list ap;
		va_start(ap, flags);
		new = va_arg(ap, void *);
		va_end(ap);
	}
	return (void *)__sys_ret(SYS_mremap, old, old_len, new_len, flags, new);
}
