/* getdtablesize (<unistd.h>): the soft RLIMIT_NOFILE, as glibc answers (INT_MAX if unlimited). */
#include <limits.h>
#include <sys/resource.h>
#include <unistd.h>

int getdtablesize(void)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl))
		return -1;
	return rl.rlim_cur > INT_MAX ? INT_MAX : (int)rl.rlim_cur;
}
