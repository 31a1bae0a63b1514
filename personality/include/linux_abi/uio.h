/*
 * Scatter/gather vectors of readv/writev/preadv/pwritev and process_vm_*
 * (include/uapi/linux/uio.h with 32-bit pointers): 8 bytes each.
 */
#ifndef PERSONALITY_LINUX_ABI_UIO_H
#define PERSONALITY_LINUX_ABI_UIO_H

#include <stdint.h>

struct linux_iovec {
	uint32_t iov_base;
	uint32_t iov_len;
};

/* at most this many vectors per call, else -EINVAL */
#define LINUX_UIO_MAXIOV 1024

#endif
