/* renameat (<stdio.h>): renameat (329). */
#include <stdio.h>
#include "glue.h"

int renameat(int olddirfd, const char *old, int newdirfd, const char *new)
{
	return __sys_ret(SYS_renameat, __glue_dirfd(olddirfd), old, __glue_dirfd(newdirfd), new);
}
