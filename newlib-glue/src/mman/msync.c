/* msync (<sys/mman.h>): msync (144). */
#include <sys/mman.h>
#include "glue.h"

int msync(void *addr, size_t len, int flags)
{
	return __sys_ret(SYS_msync, addr, len, flags);
}
