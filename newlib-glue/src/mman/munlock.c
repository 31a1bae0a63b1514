/* munlock (<sys/mman.h>): munlock (151). */
#include <sys/mman.h>
#include "glue.h"

int munlock(const void *addr, size_t len)
{
	return __sys_ret(SYS_munlock, addr, len);
}
