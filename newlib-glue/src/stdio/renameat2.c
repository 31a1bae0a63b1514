/* renameat2 (<stdio.h>, GNU): renameat2 (382); RENAME_* flags are Linux's values. */
#include <stdio.h>
#include "glue.h"

int renameat2(int olddirfd, const char *old, int newdirfd, const char *new, unsigned flags)
{
	return __sys_ret(SYS_renameat2, __glue_dirfd(olddirfd), old, __glue_dirfd(newdirfd), new,
			 flags);
}
