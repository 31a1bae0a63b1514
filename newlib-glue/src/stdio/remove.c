/*
 * remove (<stdio.h>): replaces newlib's, which cannot remove a directory:
 * unlink (10), and rmdir (40) when that says EISDIR, as musl does.
 * _remove_r is defined here too so that nothing pulls newlib's remove.o
 * (which defines both) next to this one; newlib's tmpfile calls it.
 */
#include <stdio.h>
#include <reent.h>
#include "glue.h"

int remove(const char *path)
{
	long r = __syscall(SYS_unlink, path);

	if (r == -LINUX_EISDIR)
		r = __syscall(SYS_rmdir, path);
	return __syscall_ret(r);
}

int _remove_r(struct _reent *ptr, const char *path)
{
	(void)ptr;
	return remove(path);
}
