/*
 * gethostname (<unistd.h>): uname's nodename, truncated to len with the
 * NUL dropped when it does not fit (POSIX leaves that unspecified; glibc
 * says ENAMETOOLONG, musl truncates silently; we follow glibc).
 */
#include <string.h>
#include <unistd.h>
#include "glue.h"

int gethostname(char *name, size_t len)
{
	struct linux_utsname u;
	size_t n;
	long r = __syscall(SYS_uname, &u);

	if (r)
		return __syscall_ret(r);
	n = strlen(u.nodename) + 1;
	if (n > len)
		return __syscall_ret(-LINUX_ENAMETOOLONG);
	memcpy(name, u.nodename, n);
	return 0;
}
