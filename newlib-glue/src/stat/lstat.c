/* lstat (<sys/stat.h>; newlib declares it for some targets only, the glue's header for all). */
#include <sys/stat.h>
#include "glue.h"

int lstat(const char *__restrict path, struct stat *__restrict st)
{
	return __syscall_ret(__glue_fstatat_raw(LINUX_AT_FDCWD, path, st,
						LINUX_AT_SYMLINK_NOFOLLOW));
}
