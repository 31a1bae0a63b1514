/* pread (<unistd.h>): pread64 (180); the 64-bit offset goes in r4/r5 after a padding word. */
#include <unistd.h>
#include "glue.h"

ssize_t pread(int fd, void *buf, size_t n, off_t offset)
{
	return __sys_ret(SYS_pread64, fd, buf, n, __SYSCALL_LL_O((long long)offset));
}
