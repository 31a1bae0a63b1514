/* <poll.h> (newlib has none): poll() with Linux's struct pollfd and POLL* bits. */
#ifndef _POLL_H
#define _POLL_H

#include <linux_abi/poll.h>

#ifdef __cplusplus
extern "C" {
#endif

#define POLLIN     LINUX_POLLIN
#define POLLPRI    LINUX_POLLPRI
#define POLLOUT    LINUX_POLLOUT
#define POLLERR    LINUX_POLLERR
#define POLLHUP    LINUX_POLLHUP
#define POLLNVAL   LINUX_POLLNVAL
#define POLLRDNORM LINUX_POLLRDNORM
#define POLLRDBAND LINUX_POLLRDBAND
#define POLLWRNORM LINUX_POLLWRNORM
#define POLLWRBAND LINUX_POLLWRBAND
#define POLLMSG    LINUX_POLLMSG
#define POLLRDHUP  LINUX_POLLRDHUP

typedef unsigned long nfds_t;

struct pollfd {
	int fd;
	short events;
	short revents;
};

int poll(struct pollfd *__fds, nfds_t __n, int __timeout_ms);

#ifdef __cplusplus
}
#endif

#endif
