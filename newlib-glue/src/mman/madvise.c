/* madvise (<sys/mman.h>): madvise (220). */
#include <sys/mman.h>
#include "glue.h"

int madvise(void *addr, size_t len, int advice)
{
	return __sys_ret(SYS_madvise, addr, len, advice);
}
