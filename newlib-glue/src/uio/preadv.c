/* preadv (<sys/uio.h>, BSD/GNU): preadv (361); the 64-bit offset in two words, low first, no padding. */
#include <sys/uio.h>
#include "glue.h"

ssize_t preadv(int fd, const struct iovec *iov, int n, off_t offset)
{
	return __sys_ret(SYS_preadv, fd, iov, n, (long)offset, (long)((long long)offset >> 32));
}
