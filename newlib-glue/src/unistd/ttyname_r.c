/* ttyname_r (<unistd.h>): the terminal's name into buf; 0 or an error number (errno left alone). */
#include <unistd.h>
#include "glue.h"

int ttyname_r(int fd, char *buf, size_t size)
{
	long r = __glue_ttyname_raw(fd, buf, size);

	return r ? __glue_errno_from_linux((int)-r) : 0;
}
