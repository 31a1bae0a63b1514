/*
 * efault_readlink: a bad path or a bad buffer for readlink (85) and
 * readlinkat (332): EFAULT.
 */
#include "lt.h"

int main(void)
{
	char buf[64];

	SETUP(symlink("target", "l"));
	EXPECT_ERR("readlink(bad path)", syscall(SYS_readlink, BAD, buf, sizeof buf), EFAULT);
	EXPECT_ERR("readlink(l, bad buffer)", syscall(SYS_readlink, "l", BAD, sizeof buf), EFAULT);
	EXPECT_ERR("readlinkat(AT_FDCWD, bad path)", syscall(SYS_readlinkat, -100, BAD, buf, sizeof buf),
		   EFAULT);
	EXPECT_ERR("readlinkat(AT_FDCWD, l, bad buffer)",
		   syscall(SYS_readlinkat, -100, "l", BAD, sizeof buf), EFAULT);
	EXPECT_EQ("readlink(l, good buffer)", syscall(SYS_readlink, "l", buf, sizeof buf), 6);
	return lt_done();
}
