/* pwrite (<unistd.h>): pwrite64 (181); the 64-bit offset goes in r4/r5 after a padding word. */
#include <unistd.h>
#include "glue.h"

ssize_t pwrite(int fd, const void *buf, size_t n, off_t offset)
{
	return __sys_ret(SYS_pwrite64, fd, buf, n, __SYSCALL_LL_O((long long)offset));
}
