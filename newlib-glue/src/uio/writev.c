/* writev (<sys/uio.h>): writev (146). */
#include <sys/uio.h>
#include "glue.h"

ssize_t writev(int fd, const struct iovec *iov, int n)
{
	return __sys_ret(SYS_writev, fd, iov, n);
}
