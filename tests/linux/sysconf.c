/*
 * sysconf: the page size is 4096 by sysconf, getpagesize and the
 * auxiliary vector alike; the clock tick is 100; _SC_OPEN_MAX is the
 * NOFILE soft limit; there is at least one CPU; physical pages are
 * reported; an unknown name is EINVAL; an unsupported option is -1 with
 * errno untouched.
 */
#include "lt.h"
#include <sys/auxv.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>

int main(void)
{
	struct rlimit rl;

	EXPECT_EQ("_SC_PAGESIZE", sysconf(_SC_PAGESIZE), 4096);
	EXPECT_EQ("getpagesize()", getpagesize(), 4096);
	EXPECT_EQ("getauxval(AT_PAGESZ)", getauxval(AT_PAGESZ), 4096);
	EXPECT_EQ("_SC_CLK_TCK", sysconf(_SC_CLK_TCK), 100);
	getrlimit(RLIMIT_NOFILE, &rl);
	EXPECT_TRUE("_SC_OPEN_MAX is RLIMIT_NOFILE", sysconf(_SC_OPEN_MAX) == (long)rl.rlim_cur);
	EXPECT_TRUE("_SC_NPROCESSORS_ONLN >= 1", sysconf(_SC_NPROCESSORS_ONLN) >= 1);
	EXPECT_TRUE("_SC_NPROCESSORS_CONF >= ONLN",
		    sysconf(_SC_NPROCESSORS_CONF) >= sysconf(_SC_NPROCESSORS_ONLN));
	EXPECT_TRUE("get_nprocs() >= 1", get_nprocs() >= 1);
	EXPECT_TRUE("_SC_PHYS_PAGES > 1000", sysconf(_SC_PHYS_PAGES) > 1000);
	EXPECT_TRUE("_SC_AVPHYS_PAGES <= _SC_PHYS_PAGES", sysconf(_SC_AVPHYS_PAGES) <= sysconf(_SC_PHYS_PAGES));
	EXPECT_TRUE("_SC_ARG_MAX >= 131072", sysconf(_SC_ARG_MAX) >= 131072);
	EXPECT_EQ("_SC_HOST_NAME_MAX", sysconf(_SC_HOST_NAME_MAX), 64);
	EXPECT_EQ("_SC_IOV_MAX", sysconf(_SC_IOV_MAX), 1024);
	EXPECT_EQ("_SC_NGROUPS_MAX", sysconf(_SC_NGROUPS_MAX), 65536);
	EXPECT_EQ("_SC_VERSION", sysconf(_SC_VERSION), 200809);
	errno = 0;
	EXPECT_EQ("_SC_THREADS (unsupported)", sysconf(_SC_THREADS), -1);
	EXPECT_STR("errno", errname(errno), "0");
	EXPECT_ERR("sysconf(-1)", sysconf(-1), EINVAL);
	EXPECT_ERR("sysconf(100000)", sysconf(100000), EINVAL);
	return lt_done();
}
