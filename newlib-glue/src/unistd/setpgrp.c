/* setpgrp (<unistd.h>): the System V call, setpgid(0, 0). */
#include <unistd.h>

int setpgrp(void)
{
	return setpgid(0, 0);
}
