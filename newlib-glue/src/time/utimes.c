/* utimes (<sys/time.h>): utimensat with the microseconds scaled; NULL means "now". */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include "glue.h"

int utimes(const char *path, const struct timeval *tv)
{
	struct timespec ts[2];

	if (tv) {
		if (tv[0].tv_usec < 0 || tv[0].tv_usec >= 1000000 ||
		    tv[1].tv_usec < 0 || tv[1].tv_usec >= 1000000)
			return __syscall_ret(-LINUX_EINVAL);
		ts[0].tv_sec = tv[0].tv_sec;
		ts[0].tv_nsec = tv[0].tv_usec * 1000;
		ts[1].tv_sec = tv[1].tv_sec;
		ts[1].tv_nsec = tv[1].tv_usec * 1000;
	}
	return utimensat(AT_FDCWD, path, tv ? ts : 0, 0);
}
