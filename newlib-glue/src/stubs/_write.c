/* _write: newlib's write() and stdio output end here (write, 4). */
#include "protos.h"

_READ_WRITE_RETURN_TYPE _write(int fd, const void *buf, size_t n)
{
	return __sys_ret(SYS_write, fd, buf, n);
}
