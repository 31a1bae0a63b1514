/* setreuid (<unistd.h>): setreuid32 (203). newlib's uid_t is 16-bit: (uid_t)-1 still means "unchanged". */
#include <unistd.h>
#include "glue.h"

int setreuid(uid_t ruid, uid_t euid)
{
	return __sys_ret(SYS_setreuid32, ruid == (uid_t)-1 ? -1L : (long)ruid,
			 euid == (uid_t)-1 ? -1L : (long)euid);
}
