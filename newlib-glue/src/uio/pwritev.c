/* pwritev (<sys/uio.h>, BSD/GNU): pwritev (362); the 64-bit offset in two words, low first, no padding. */
#include <sys/uio.h>
#include "glue.h"

ssize_t pwritev(int fd, const struct iovec *iov, int n, off_t offset)
{
	return __sys_ret(SYS_pwritev, fd, iov, n, (long)offset, (long)((long long)offset >> 32));
}
