/* symlink (<unistd.h>): symlink (83). */
#include <unistd.h>
#include "glue.h"

int symlink(const char *target, const char *path)
{
	return __sys_ret(SYS_symlink, target, path);
}
