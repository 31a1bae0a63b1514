/* killpg (<signal.h>): kill of the negated process group. */
#include <signal.h>
#include "glue.h"

int killpg(pid_t pgrp, int sig)
{
	if (pgrp < 0)
		return __syscall_ret(-LINUX_EINVAL);
	return kill(-pgrp, sig);
}
