/*
 * getentropy (<unistd.h>, newlib's arc4random uses it): up to 256 random
 * bytes from getrandom (384), or EIO, as glibc and the BSDs define it.
 */
#include <unistd.h>
#include "protos.h"

int getentropy(void *buf, size_t len)
{
	unsigned char *p = buf;
	long r;

	if (len > 256)
		return __syscall_ret(-LINUX_EIO);
	while (len) {
		r = __syscall(SYS_getrandom, p, len, 0);
		if (r == -LINUX_EINTR)
			continue;
		if (r < 0)
			return __syscall_ret(r);
		p += r;
		len -= r;
	}
	return 0;
}
