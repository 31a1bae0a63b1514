/* fchmod (<sys/stat.h>): fchmod (94). */
#include <sys/stat.h>
#include "glue.h"

int fchmod(int fd, mode_t mode)
{
	return __sys_ret(SYS_fchmod, fd, mode);
}
