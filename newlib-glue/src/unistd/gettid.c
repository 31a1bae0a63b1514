/* gettid (<unistd.h>, GNU, glibc 2.30): gettid (224); cannot fail. */
#include <unistd.h>
#include "glue.h"

pid_t gettid(void)
{
	return __syscall(SYS_gettid);
}
