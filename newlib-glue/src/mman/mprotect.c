/* mprotect (<sys/mman.h>): mprotect (125). */
#include <sys/mman.h>
#include "glue.h"

int mprotect(void *addr, size_t len, int prot)
{
	return __sys_ret(SYS_mprotect, addr, len, prot);
}
