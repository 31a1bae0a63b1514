/* ttyname (<unistd.h>): the terminal's name in a static buffer, or NULL with errno. */
#include <unistd.h>
#include "glue.h"

char *ttyname(int fd)
{
	static char name[LINUX_PATH_MAX];

	if (__syscall_ret(__glue_ttyname_raw(fd, name, sizeof name)))
		return 0;
	return name;
}
