/* _stat: newlib's stat() ends here; follows symbolic links. */
#include "protos.h"

int _stat(const char *path, struct stat *st)
{
	return __syscall_ret(__glue_fstatat_raw(LINUX_AT_FDCWD, path, st, 0));
}
