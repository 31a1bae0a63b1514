/*
 * getcwd (<unistd.h>): getcwd (183). As in glibc and musl, a NULL buf
 * means "allocate": the path is copied into a malloc'd string (size is
 * then ignored). Linux may answer with a path that does not start with '/'
 * ("(unreachable)/..." when the directory is outside the root): ENOENT.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "glue.h"

static long getcwd_raw(char *buf, size_t size)
{
	long r = __syscall(SYS_getcwd, buf, size);

	if (r >= 0 && (r == 0 || buf[0] != '/'))
		r = -LINUX_ENOENT;
	return r;
}

char *getcwd(char *buf, size_t size)
{
	long r;

	if (!buf) {
		char tmp[LINUX_PATH_MAX];

		r = getcwd_raw(tmp, sizeof tmp);
		if (r < 0) {
			__syscall_ret(r);
			return 0;
		}
		return strdup(tmp);
	}
	r = size ? getcwd_raw(buf, size) : -LINUX_EINVAL;
	if (r < 0) {
		__syscall_ret(r);
		return 0;
	}
	return buf;
}
