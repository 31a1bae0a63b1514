/* setpriority (<sys/resource.h>): setpriority (97). */
#include <sys/resource.h>
#include "glue.h"

int setpriority(int which, id_t who, int prio)
{
	return __sys_ret(SYS_setpriority, which, who, prio);
}
