/* setuid (<unistd.h>): setuid32 (213). */
#include <unistd.h>
#include "glue.h"

int setuid(uid_t uid)
{
	return __sys_ret(SYS_setuid32, uid);
}
