/* readlink (<unistd.h>): readlink (85); the result is not NUL-terminated. */
#include <unistd.h>
#include "glue.h"

ssize_t readlink(const char *__restrict path, char *__restrict buf, size_t size)
{
	return __sys_ret(SYS_readlink, path, buf, size);
}
