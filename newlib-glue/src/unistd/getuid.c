/* getuid (<unistd.h>): getuid32 (199); cannot fail. newlib's uid_t and gid_t are 16-bit. */
#include <unistd.h>
#include "glue.h"

uid_t getuid(void)
{
	return (uid_t)__syscall(SYS_getuid32);
}
