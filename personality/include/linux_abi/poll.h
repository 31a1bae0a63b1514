/*
 * poll (168) and ppoll (336/414) events (asm-generic/poll.h) and the fd_set
 * of select/_newselect (142) and pselect6 (335/413) on 32-bit ARM.
 */
#ifndef PERSONALITY_LINUX_ABI_POLL_H
#define PERSONALITY_LINUX_ABI_POLL_H

#include <stdint.h>

#define LINUX_POLLIN     0x0001
#define LINUX_POLLPRI    0x0002
#define LINUX_POLLOUT    0x0004
#define LINUX_POLLERR    0x0008
#define LINUX_POLLHUP    0x0010
#define LINUX_POLLNVAL   0x0020
#define LINUX_POLLRDNORM 0x0040
#define LINUX_POLLRDBAND 0x0080
#define LINUX_POLLWRNORM 0x0100
#define LINUX_POLLWRBAND 0x0200
#define LINUX_POLLMSG    0x0400
#define LINUX_POLLREMOVE 0x1000
#define LINUX_POLLRDHUP  0x2000

/* 8 bytes */
struct linux_pollfd {
	int32_t fd;
	int16_t events;
	int16_t revents;
};

/* select: a bitmap of 32-bit words, fd n at bit n % 32 of word n / 32; 128 bytes */
#define LINUX___FD_SETSIZE 1024

typedef struct {
	uint32_t fds_bits[LINUX___FD_SETSIZE / 32];
} linux_fd_set;

#endif
