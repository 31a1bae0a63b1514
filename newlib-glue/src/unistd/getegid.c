/* getegid (<unistd.h>): getegid32 (202); cannot fail. newlib's uid_t and gid_t are 16-bit. */
#include <unistd.h>
#include "glue.h"

gid_t getegid(void)
{
	return (gid_t)__syscall(SYS_getegid32);
}
