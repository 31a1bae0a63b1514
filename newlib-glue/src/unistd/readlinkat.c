/* readlinkat (<unistd.h>): readlinkat (332). */
#include <unistd.h>
#include "glue.h"

ssize_t readlinkat(int dirfd, const char *__restrict path, char *__restrict buf, size_t size)
{
	return __sys_ret(SYS_readlinkat, __glue_dirfd(dirfd), path, buf, size);
}
