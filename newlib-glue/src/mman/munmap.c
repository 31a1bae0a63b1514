/* munmap (<sys/mman.h>): munmap (91). */
#include <sys/mman.h>
#include "glue.h"

int munmap(void *addr, size_t len)
{
	return __sys_ret(SYS_munmap, addr, len);
}
