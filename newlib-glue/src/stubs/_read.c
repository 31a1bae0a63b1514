/* _read: newlib's read(), fread() and stdio input end here (read, 3). */
#include "protos.h"

_READ_WRITE_RETURN_TYPE _read(int fd, void *buf, size_t n)
{
	return __sys_ret(SYS_read, fd, buf, n);
}
