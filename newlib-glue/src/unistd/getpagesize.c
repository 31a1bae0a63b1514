/* getpagesize (<unistd.h>): the kernel's AT_PAGESZ, 4096 if it gave none. */
#include <unistd.h>
#include "glue.h"

int getpagesize(void)
{
	return (int)__glue_auxval(LINUX_AT_PAGESZ, LINUX_EXEC_PAGESIZE);
}
