/*
 * rlimits: getrlimit/setrlimit/prlimit (prlimit64, 369) and the old
 * ugetrlimit: soft <= hard; lowering RLIMIT_NOFILE makes open() fail with
 * EMFILE at the limit and sysconf(_SC_OPEN_MAX) follow it; raising the
 * soft limit above the hard one is EINVAL; an unknown resource is EINVAL.
 */
#include "lt.h"
#include <stdint.h>
#include <sys/resource.h>

int main(void)
{
	struct rlimit rl, nofile, got;
	uint32_t old[2];
	int fds[32], n = 0, i, fd;

	EXPECT_OK("getrlimit(RLIMIT_NOFILE)", getrlimit(RLIMIT_NOFILE, &nofile));
	EXPECT_TRUE("soft <= hard", nofile.rlim_cur <= nofile.rlim_max);
	EXPECT_TRUE("soft >= 64", nofile.rlim_cur >= 64);
	EXPECT_TRUE("sysconf(_SC_OPEN_MAX) is the soft limit",
		    sysconf(_SC_OPEN_MAX) == (long)nofile.rlim_cur);
	EXPECT_OK("getrlimit(RLIMIT_STACK)", getrlimit(RLIMIT_STACK, &rl));
	EXPECT_TRUE("stack soft >= 128 KiB", rl.rlim_cur >= 131072);
	EXPECT_OK("getrlimit(RLIMIT_AS)", getrlimit(RLIMIT_AS, &rl));
	EXPECT_TRUE("RLIMIT_AS soft <= hard", rl.rlim_cur <= rl.rlim_max);
	EXPECT_OK("prlimit(0, RLIMIT_NOFILE) reads", prlimit(0, RLIMIT_NOFILE, 0, &got));
	EXPECT_TRUE("same as getrlimit", got.rlim_cur == nofile.rlim_cur && got.rlim_max == nofile.rlim_max);
	EXPECT_OK("ugetrlimit (191) raw", syscall(SYS_ugetrlimit, RLIMIT_NOFILE, old));
	EXPECT_TRUE("same soft limit", old[0] == nofile.rlim_cur);

	rl.rlim_cur = 16;
	rl.rlim_max = nofile.rlim_max;
	EXPECT_OK("setrlimit NOFILE soft 16", setrlimit(RLIMIT_NOFILE, &rl));
	EXPECT_EQ("sysconf(_SC_OPEN_MAX)", sysconf(_SC_OPEN_MAX), 16);
	lt_write_file("f", "x", 1);
	for (i = 0; i < 32; i++) {
		fd = open("f", O_RDONLY);
		if (fd < 0)
			break;
		fds[n++] = fd;
	}
	EXPECT_STR("open at the limit", errname(errno), "EMFILE");
	EXPECT_TRUE("every fd below 16", n > 0 && fds[n - 1] == 15);
	EXPECT_ERR("dup at the limit", dup(0), EMFILE);
	EXPECT_ERR("fcntl F_DUPFD at 16", fcntl(0, F_DUPFD, 16), EINVAL);
	while (n)
		close(fds[--n]);
	EXPECT_OK("restore NOFILE", setrlimit(RLIMIT_NOFILE, &nofile));

	rl.rlim_cur = nofile.rlim_max == RLIM_INFINITY ? RLIM_INFINITY : nofile.rlim_max + 1;
	rl.rlim_max = nofile.rlim_max;
	if (nofile.rlim_max != RLIM_INFINITY)
		EXPECT_ERR("soft above hard", setrlimit(RLIMIT_NOFILE, &rl), EINVAL);
	else
		EXPECT_TRUE("soft above hard (hard is infinite: skipped)", 1);
	EXPECT_ERR("getrlimit(99)", getrlimit(99, &rl), EINVAL);
	EXPECT_ERR("setrlimit(99)", setrlimit(99, &nofile), EINVAL);
	return lt_done();
}
