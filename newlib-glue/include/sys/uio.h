/* <sys/uio.h> (newlib has none): scatter/gather I/O; struct iovec is Linux's (two words). */
#ifndef _SYS_UIO_H
#define _SYS_UIO_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct iovec {
	void *iov_base;
	size_t iov_len;
};

#define UIO_MAXIOV 1024
#define IOV_MAX    UIO_MAXIOV

ssize_t readv(int __fd, const struct iovec *__iov, int __n);
ssize_t writev(int __fd, const struct iovec *__iov, int __n);
#if __BSD_VISIBLE || __GNU_VISIBLE
ssize_t preadv(int __fd, const struct iovec *__iov, int __n, off_t __offset);
ssize_t pwritev(int __fd, const struct iovec *__iov, int __n, off_t __offset);
#endif

#ifdef __cplusplus
}
#endif

#endif
