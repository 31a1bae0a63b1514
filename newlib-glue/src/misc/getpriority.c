/* getpriority (<sys/resource.h>): getpriority (96) answers 20 - nice so as never to look like an error. */
#include <sys/resource.h>
#include "glue.h"

int getpriority(int which, id_t who)
{
	long r = __syscall(SYS_getpriority, which, who);

	return r < 0 ? __syscall_ret(r) : 20 - r;
}
