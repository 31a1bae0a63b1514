/* mlock (<sys/mman.h>): mlock (150). */
#include <sys/mman.h>
#include "glue.h"

int mlock(const void *addr, size_t len)
{
	return __sys_ret(SYS_mlock, addr, len);
}
