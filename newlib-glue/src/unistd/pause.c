/* pause (<unistd.h>): pause (29); always -1 with EINTR once a handler ran. */
#include <unistd.h>
#include "glue.h"

int pause(void)
{
	return __sys_ret(SYS_pause);
}
