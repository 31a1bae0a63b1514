/* ftruncate (<unistd.h>): ftruncate64 (194), the length after a padding word. */
#include <unistd.h>
#include "glue.h"

int ftruncate(int fd, off_t length)
{
	return __sys_ret(SYS_ftruncate64, fd, __SYSCALL_LL_O((long long)length));
}
