/* chdir (<unistd.h>): chdir (12). */
#include <unistd.h>
#include "glue.h"

int chdir(const char *path)
{
	return __sys_ret(SYS_chdir, path);
}
