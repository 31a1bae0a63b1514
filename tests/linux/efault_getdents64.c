/*
 * efault_getdents64: a bad buffer for getdents64 (217): EFAULT, and the
 * directory still reads in full after a rewind. (Linux does not move the
 * position on EFAULT; qemu-arm 7.2 has consumed the entries by then, so
 * reading on without the rewind is not checked.)
 */
#include "lt.h"
#include <linux_abi/dirent.h>

int main(void)
{
	char buf[4096];
	long r, off;
	int fd, n = 0;

	lt_write_file("a", "x", 1);
	lt_write_file("b", "x", 1);
	fd = open(".", O_RDONLY | O_DIRECTORY);
	SETUP(fd);
	EXPECT_ERR("getdents64(bad buffer)", syscall(SYS_getdents64, fd, BAD, sizeof buf), EFAULT);
	EXPECT_EQ("rewind", lseek(fd, 0, SEEK_SET), 0);
	while ((r = syscall(SYS_getdents64, fd, buf, sizeof buf)) > 0)
		for (off = 0; off < r; n++)
			off += ((struct linux_dirent64 *)(buf + off))->d_reclen;
	EXPECT_EQ("entries read afterwards", n, 4);
	return lt_done();
}
