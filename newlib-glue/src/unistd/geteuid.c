/* geteuid (<unistd.h>): geteuid32 (201); cannot fail. newlib's uid_t and gid_t are 16-bit. */
#include <unistd.h>
#include "glue.h"

uid_t geteuid(void)
{
	return (uid_t)__syscall(SYS_geteuid32);
}
