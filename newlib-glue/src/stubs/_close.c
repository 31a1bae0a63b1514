/* _close: newlib's close() and fclose() end here (close, 6). */
#include "protos.h"

int _close(int fd)
{
	return __sys_ret(SYS_close, fd);
}
