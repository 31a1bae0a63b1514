/* umask (<sys/stat.h>): umask (60); returns the previous mask, cannot fail. */
#include <sys/stat.h>
#include "glue.h"

mode_t umask(mode_t mask)
{
	return (mode_t)__syscall(SYS_umask, mask & 0777);
}
