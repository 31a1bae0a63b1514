/*
 * rename (<stdio.h>): replaces newlib's, which is link() then unlink() and
 * so neither atomic nor able to replace an existing file or rename a
 * directory: rename (38).
 */
#include <stdio.h>
#include "glue.h"

int rename(const char *old, const char *new)
{
	return __sys_ret(SYS_rename, old, new);
}
