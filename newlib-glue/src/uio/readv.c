/* readv (<sys/uio.h>): readv (145); struct iovec is Linux's layout. */
#include <sys/uio.h>
#include "glue.h"

_Static_assert(sizeof(struct iovec) == sizeof(struct linux_iovec), "struct iovec layout");

ssize_t readv(int fd, const struct iovec *iov, int n)
{
	return __sys_ret(SYS_readv, fd, iov, n);
}
