/*
 * poll's question for one descriptor (Linux do_pollfd): what the file is
 * ready for. Devices and FIFOs answer through their ops->poll; everything
 * without one (tmpfs files and directories, /dev/null, zero, full,
 * urandom) is always readable and writable, as Linux's DEFAULT_POLLMASK.
 * Entry point: vfs_poll.
 */
#include "internal.h"
#include <linux_abi/poll.h>

#define DEFAULT_POLLMASK (LINUX_POLLIN | LINUX_POLLOUT | LINUX_POLLRDNORM | LINUX_POLLWRNORM)

/* fd's ready bits among events, POLLERR and POLLHUP; POLLNVAL if fdget would fail. */
uint32_t vfs_poll(struct vfs_proc *p, int fd, uint32_t events)
{
	struct vfs_file *f = vfs_fd_io_file(p, fd);

	if (!f)
		return LINUX_POLLNVAL;
	uint32_t mask = f->dev && f->dev->poll ? f->dev->poll(f) : DEFAULT_POLLMASK;
	return mask & (events | LINUX_POLLERR | LINUX_POLLHUP);
}
