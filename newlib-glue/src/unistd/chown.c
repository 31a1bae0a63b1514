/* chown (<unistd.h>): chown32 (212). newlib's uid_t is 16-bit: (uid_t)-1 still means "unchanged". */
#include <unistd.h>
#include "glue.h"

int chown(const char *path, uid_t owner, gid_t group)
{
	return __sys_ret(SYS_chown32, path, owner == (uid_t)-1 ? -1L : (long)owner,
			 group == (gid_t)-1 ? -1L : (long)group);
}
