/* getpgrp (<unistd.h>): getpgrp (65); cannot fail. */
#include <unistd.h>
#include "glue.h"

pid_t getpgrp(void)
{
	return (pid_t)__syscall(SYS_getpgrp);
}
