/* truncate (<unistd.h>): truncate64 (193), the length after a padding word. */
#include <unistd.h>
#include "glue.h"

int truncate(const char *path, off_t length)
{
	return __sys_ret(SYS_truncate64, path, __SYSCALL_LL_O((long long)length));
}
