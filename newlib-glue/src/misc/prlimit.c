/* prlimit (<sys/resource.h>, GNU): prlimit64 (369); struct rlimit already has 64-bit limits. */
#include <sys/resource.h>
#include "glue.h"

_Static_assert(sizeof(struct rlimit) == sizeof(struct linux_rlimit64), "struct rlimit layout");

int prlimit(pid_t pid, int resource, const struct rlimit *new, struct rlimit *old)
{
	return __sys_ret(SYS_prlimit64, pid, resource, new, old);
}
