/* setregid (<unistd.h>): setregid32 (204). newlib's gid_t is 16-bit: (gid_t)-1 still means "unchanged". */
#include <unistd.h>
#include "glue.h"

int setregid(gid_t rgid, gid_t egid)
{
	return __sys_ret(SYS_setregid32, rgid == (gid_t)-1 ? -1L : (long)rgid,
			 egid == (gid_t)-1 ? -1L : (long)egid);
}
