/* sync (<unistd.h>): sync (36). */
#include <unistd.h>
#include "glue.h"

void sync(void)
{
	__syscall(SYS_sync);
}
