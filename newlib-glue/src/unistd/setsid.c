/* setsid (<unistd.h>): setsid (66). */
#include <unistd.h>
#include "glue.h"

pid_t setsid(void)
{
	return __sys_ret(SYS_setsid);
}
