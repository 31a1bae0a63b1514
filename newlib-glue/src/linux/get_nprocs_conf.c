/* get_nprocs_conf (<sys/sysinfo.h>, GNU): without /sys to read, the CPUs get_nprocs sees. */
#include <sys/sysinfo.h>

int get_nprocs_conf(void)
{
	return get_nprocs();
}
