/* fchown (<unistd.h>): fchown32 (207); (uid_t)-1 means "unchanged". */
#include <unistd.h>
#include "glue.h"

int fchown(int fd, uid_t owner, gid_t group)
{
	return __sys_ret(SYS_fchown32, fd, owner == (uid_t)-1 ? -1L : (long)owner,
			 group == (gid_t)-1 ? -1L : (long)group);
}
