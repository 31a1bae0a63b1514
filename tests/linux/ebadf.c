/*
 * ebadf: every call on a file descriptor says EBADF for one that is not
 * open: -1, a large number, and one just closed.
 */
#include "lt.h"
#include <dirent.h>
#include <sys/uio.h>

int main(void)
{
	static const int bad[] = { -1, 999, 0 };
	char buf[64], label[64];
	struct stat st;
	struct iovec iov = { buf, 1 };
	unsigned i;
	int fd = open(".", O_RDONLY);

	close(fd);
	for (i = 0; i < 3; i++) {
		int b = bad[i] ? bad[i] : fd;
		const char *name = bad[i] == -1 ? "-1" : bad[i] ? "999" : "a closed fd";

#define BADF(call, expr) do { \
	snprintf(label, sizeof label, "%s on %s", call, name); \
	EXPECT_ERR(label, expr, EBADF); \
} while (0)
		BADF("read", read(b, buf, 1));
		BADF("write", write(b, "x", 1));
		BADF("close", close(b));
		BADF("fstat", fstat(b, &st));
		BADF("lseek", lseek(b, 0, SEEK_SET));
		BADF("dup", dup(b));
		BADF("fcntl F_GETFL", fcntl(b, F_GETFL));
		BADF("fchdir", fchdir(b));
		BADF("fsync", fsync(b));
		BADF("fchmod", fchmod(b, 0644));
		BADF("fchown", fchown(b, -1, -1));
		BADF("readv", readv(b, &iov, 1));
		BADF("pread", pread(b, buf, 1, 0));
		BADF("getdents64", syscall(SYS_getdents64, b, buf, sizeof buf));
		BADF("openat relative", openat(b, "x", O_RDONLY));
		BADF("fstatat relative", fstatat(b, "x", &st, 0));
	}
	EXPECT_OK("openat with a bad fd but an absolute path", close(openat(999, "/dev/null", O_RDONLY)));
	return lt_done();
}
