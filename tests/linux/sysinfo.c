/*
 * sysinfo: sysinfo (116) reports memory in mem_unit units that add up
 * (free <= total, total > 8 MiB), at least one process, an uptime, and
 * fits the 64-byte Linux struct.
 */
#include "lt.h"
#include <sys/sysinfo.h>

int main(void)
{
	struct sysinfo si;
	unsigned long long unit, total;

	memset(&si, 0xff, sizeof si);
	EXPECT_EQ("sizeof(struct sysinfo)", sizeof si, 64);
	EXPECT_OK("sysinfo", sysinfo(&si));
	unit = si.mem_unit ? si.mem_unit : 1;
	total = si.totalram * unit;
	EXPECT_TRUE("mem_unit >= 1", si.mem_unit >= 1);
	EXPECT_TRUE("totalram > 8 MiB", total > (8ull << 20));
	EXPECT_TRUE("freeram <= totalram", si.freeram <= si.totalram);
	EXPECT_TRUE("freeswap <= totalswap", si.freeswap <= si.totalswap);
	EXPECT_TRUE("procs >= 1", si.procs >= 1);
	EXPECT_TRUE("uptime >= 0", si.uptime >= 0);
	return lt_done();
}
