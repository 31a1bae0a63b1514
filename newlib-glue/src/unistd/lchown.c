/* lchown (<unistd.h>): lchown32 (198); (uid_t)-1 means "unchanged". */
#include <unistd.h>
#include "glue.h"

int lchown(const char *path, uid_t owner, gid_t group)
{
	return __sys_ret(SYS_lchown32, path, owner == (uid_t)-1 ? -1L : (long)owner,
			 group == (gid_t)-1 ? -1L : (long)group);
}
