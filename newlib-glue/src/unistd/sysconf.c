/*
 * sysconf (<unistd.h>): the limits and options of this system. Values the
 * kernel knows come from it (the auxiliary vector's page size and clock
 * tick, rlimits, sysinfo, the CPU affinity mask); the rest are Linux's
 * fixed limits or what the glue supports. An option the glue does not
 * support (threads, message queues, ...) is -1 with errno unchanged, as
 * POSIX says; a name sysconf does not know is EINVAL.
 */
#include <limits.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <unistd.h>
#include "glue.h"

static long rlimit_or_unlimited(int resource)
{
	struct rlimit rl;

	if (getrlimit(resource, &rl) || rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > LONG_MAX)
		return -1;
	return (long)rl.rlim_cur;
}

static long pages(int avail)
{
	struct sysinfo si;
	unsigned long long bytes;

	if (sysinfo(&si))
		return -1;
	bytes = (unsigned long long)(avail ? si.freeram + si.bufferram : si.totalram) *
		(si.mem_unit ? si.mem_unit : 1);
	bytes /= (unsigned long)getpagesize();
	return bytes > LONG_MAX ? LONG_MAX : (long)bytes;
}

long sysconf(int name)
{
	long v;

	switch (name) {
	case _SC_ARG_MAX:
		v = rlimit_or_unlimited(RLIMIT_STACK);
		return v < 0 ? LONG_MAX : (v / 4 > LINUX_ARG_MAX ? v / 4 : LINUX_ARG_MAX);
	case _SC_CHILD_MAX:
		return rlimit_or_unlimited(RLIMIT_NPROC);
	case _SC_CLK_TCK:
		return (long)__glue_auxval(LINUX_AT_CLKTCK, LINUX_USER_HZ);
	case _SC_NGROUPS_MAX:
		return LINUX_NGROUPS_MAX;
	case _SC_OPEN_MAX:
		return rlimit_or_unlimited(RLIMIT_NOFILE);
	case _SC_STREAM_MAX:
		return FOPEN_MAX;
	case _SC_PAGESIZE:
		return getpagesize();
	case _SC_NPROCESSORS_CONF:
		return get_nprocs_conf();
	case _SC_NPROCESSORS_ONLN:
		return get_nprocs();
	case _SC_PHYS_PAGES:
		return pages(0);
	case _SC_AVPHYS_PAGES:
		return pages(1);
	case _SC_SIGQUEUE_MAX:
		return rlimit_or_unlimited(RLIMIT_SIGPENDING);
	case _SC_RTSIG_MAX:
		return LINUX_RTSIG_MAX;
	case _SC_TTY_NAME_MAX:
		return 32;
	case _SC_LOGIN_NAME_MAX:
		return 256;
	case _SC_HOST_NAME_MAX:
		return LINUX_MAXHOSTNAMELEN;
	case _SC_LINE_MAX:
		return 2048;
	case _SC_IOV_MAX:
		return LINUX_UIO_MAXIOV;
	case _SC_SYMLOOP_MAX:
		return 40;
	case _SC_TZNAME_MAX:
		return -1;
	case _SC_GETPW_R_SIZE_MAX:
	case _SC_GETGR_R_SIZE_MAX:
		return 1024;
	case _SC_ATEXIT_MAX:
		return INT_MAX;
	case _SC_RE_DUP_MAX:
		return 255;
	case _SC_EXPR_NEST_MAX:
		return 32;
	case _SC_BC_BASE_MAX:
	case _SC_BC_SCALE_MAX:
		return 99;
	case _SC_BC_DIM_MAX:
		return 2048;
	case _SC_BC_STRING_MAX:
		return 1000;
	case _SC_COLL_WEIGHTS_MAX:
		return 255;
	case _SC_VERSION:
	case _SC_2_VERSION:
	case _SC_TIMERS:
	case _SC_MONOTONIC_CLOCK:
	case _SC_CLOCK_SELECTION:
	case _SC_MAPPED_FILES:
	case _SC_MEMORY_PROTECTION:
	case _SC_FSYNC:
	case _SC_SYNCHRONIZED_IO:
		return 200809L;
	case _SC_JOB_CONTROL:
	case _SC_SAVED_IDS:
		return 1;
	default:
		if (name < 0 || name > _SC_POSIX_26_VERSION)
			return __syscall_ret(-LINUX_EINVAL);
		return -1;
	}
}
