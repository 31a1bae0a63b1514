/* sysinfo (<sys/sysinfo.h>): sysinfo (116) straight into the caller's struct (Linux's layout). */
#include <sys/sysinfo.h>
#include "glue.h"

_Static_assert(sizeof(struct sysinfo) == sizeof(struct linux_sysinfo), "struct sysinfo layout");

int sysinfo(struct sysinfo *info)
{
	return __sys_ret(SYS_sysinfo, info);
}
