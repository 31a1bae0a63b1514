/* getppid (<unistd.h>): getppid (64); cannot fail. */
#include <unistd.h>
#include "glue.h"

pid_t getppid(void)
{
	return (pid_t)__syscall(SYS_getppid);
}
