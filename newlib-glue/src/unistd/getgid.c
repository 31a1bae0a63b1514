/* getgid (<unistd.h>): getgid32 (200); cannot fail. newlib's uid_t and gid_t are 16-bit. */
#include <unistd.h>
#include "glue.h"

gid_t getgid(void)
{
	return (gid_t)__syscall(SYS_getgid32);
}
