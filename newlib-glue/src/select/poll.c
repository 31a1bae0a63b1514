/* poll (<poll.h>): poll (168); struct pollfd and the POLL* bits are Linux's. */
#include <poll.h>
#include "glue.h"

_Static_assert(sizeof(struct pollfd) == sizeof(struct linux_pollfd), "struct pollfd layout");

int poll(struct pollfd *fds, nfds_t n, int timeout_ms)
{
	return __sys_ret(SYS_poll, fds, n, timeout_ms);
}
