/*
 * errno_map: Linux and newlib number errors differently above ERANGE
 * (34); the glue translates in one place. Each case makes Linux return a
 * number above 34 and checks newlib's name for it, and that strerror
 * knows it: ENOSYS (38), ENAMETOOLONG (36), ENOTEMPTY (39), ELOOP (40),
 * and EOVERFLOW (75), which the glue itself reports for a file too big
 * for newlib's 32-bit off_t, as Linux does for a 32-bit stat.
 */
#include "lt.h"

int main(void)
{
	static char name[300];
	struct stat st;
	int fd;

	EXPECT_ERR("unknown system call 9999", syscall(9999), ENOSYS);
	EXPECT_STR("strerror(ENOSYS)", strerror(ENOSYS), "Function not implemented");
	memset(name, 'x', 256);
	EXPECT_ERR("256-byte name", open(name, O_RDONLY), ENAMETOOLONG);
	SETUP(mkdir("d", 0755));
	lt_write_file("d/f", "x", 1);
	EXPECT_ERR("rmdir non-empty", rmdir("d"), ENOTEMPTY);
	EXPECT_STR("strerror(ENOTEMPTY)", strerror(ENOTEMPTY), "Directory not empty");
	SETUP(symlink("loop", "loop"));
	EXPECT_ERR("symlink loop", open("loop", O_RDONLY), ELOOP);
	fd = open("big", O_RDWR | O_CREAT, 0644);
	SETUP(syscall(SYS_ftruncate64, fd, 0, 0x7fffffff, 0));
	EXPECT_OK("stat of a (sparse) file of 2^31 - 1 bytes", stat("big", &st));
	EXPECT_EQ("its size", st.st_size, 0x7fffffff);
	SETUP(syscall(SYS_ftruncate64, fd, 0, 0x80000000u, 0));
	EXPECT_ERR("stat of one of 2^31 bytes (newlib's off_t is 32-bit)", stat("big", &st),
		   EOVERFLOW);
	EXPECT_ERR("fstat of it", fstat(fd, &st), EOVERFLOW);
	EXPECT_STR("strerror(EOVERFLOW)", strerror(EOVERFLOW), "Value too large for defined data type");
	return lt_done();
}
