/*
 * efault_statx: a bad path or a bad buffer for statx (397), also with
 * AT_EMPTY_PATH on an fd: EFAULT.
 */
#include "lt.h"

int main(void)
{
	char buf[256];
	int fd;

	lt_write_file("f", "x", 1);
	fd = open("f", O_RDONLY);
	SETUP(fd);
	EXPECT_ERR("statx(bad path)", syscall(SYS_statx, -100, BAD, 0, 0x7ff, buf), EFAULT);
	EXPECT_ERR("statx(f, bad buffer)", syscall(SYS_statx, -100, "f", 0, 0x7ff, BAD), EFAULT);
	EXPECT_ERR("statx(fd, \"\", AT_EMPTY_PATH, bad buffer)",
		   syscall(SYS_statx, fd, "", 0x1000, 0x7ff, BAD), EFAULT);
	return lt_done();
}
