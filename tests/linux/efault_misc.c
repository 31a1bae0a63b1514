/*
 * efault_misc: bad pointers for the other calls that write to user
 * memory: getrandom (384), prlimit64 (369) and ugetrlimit (191) old
 * limits, times (43), poll (168), rt_sigprocmask (175) old set; and ones
 * that read it: setrlimit's new limit, select's fd sets.
 */
#include "lt.h"

int main(void)
{
	EXPECT_ERR("getrandom(bad, 16)", syscall(SYS_getrandom, BAD, 16, 0), EFAULT);
	EXPECT_ERR("prlimit64(0, NOFILE, NULL, bad)", syscall(SYS_prlimit64, 0, 7, 0, BAD), EFAULT);
	EXPECT_ERR("prlimit64(0, NOFILE, bad, NULL)", syscall(SYS_prlimit64, 0, 7, BAD, 0), EFAULT);
	EXPECT_ERR("ugetrlimit(NOFILE, bad)", syscall(SYS_ugetrlimit, 7, BAD), EFAULT);
	EXPECT_ERR("setrlimit(NOFILE, bad)", syscall(SYS_setrlimit, 7, BAD), EFAULT);
	EXPECT_ERR("times(bad)", syscall(SYS_times, BAD), EFAULT);
	EXPECT_ERR("poll(bad, 1, 0)", syscall(SYS_poll, BAD, 1, 0), EFAULT);
	EXPECT_ERR("_newselect(1, bad, ...)", syscall(SYS__newselect, 1, BAD, 0, 0, 0), EFAULT);
	EXPECT_ERR("rt_sigprocmask(SIG_BLOCK, NULL, bad, 8)", syscall(SYS_rt_sigprocmask, 0, 0, BAD, 8),
		   EFAULT);
	return lt_done();
}
