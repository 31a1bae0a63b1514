/* setgid (<unistd.h>): setgid32 (214). */
#include <unistd.h>
#include "glue.h"

int setgid(gid_t gid)
{
	return __sys_ret(SYS_setgid32, gid);
}
