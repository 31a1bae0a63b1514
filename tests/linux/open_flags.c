/*
 * open_flags: the open flags newlib numbers its own way, as Linux sees
 * them: O_CREAT with a mode, O_EXCL on an existing file (EEXIST), O_TRUNC,
 * O_APPEND (every write at the end, whatever lseek said), O_CLOEXEC
 * (visible via F_GETFD), O_DIRECTORY on a file (ENOTDIR), the access mode
 * (EBADF when reading a write-only fd and writing a read-only one),
 * O_WRONLY on a directory (EISDIR), creat().
 */
#include "lt.h"

int main(void)
{
	struct stat st;
	char buf[32];
	int fd;

	umask(022);
	fd = open("f", O_WRONLY | O_CREAT | O_EXCL, 0640);
	EXPECT_TRUE("O_CREAT | O_EXCL of a new file", fd >= 0);
	EXPECT_OK("fstat", fstat(fd, &st));
	EXPECT_EQ("its mode", st.st_mode & 07777, 0640);
	EXPECT_EQ("write 10", write(fd, "0123456789", 10), 10);
	EXPECT_ERR("read from O_WRONLY", read(fd, buf, 1), EBADF);
	close(fd);
	EXPECT_ERR("O_CREAT | O_EXCL of an existing file", open("f", O_WRONLY | O_CREAT | O_EXCL, 0640),
		   EEXIST);
	EXPECT_ERR("O_EXCL | O_CREAT of an existing dir", open(".", O_RDONLY | O_CREAT | O_EXCL, 0640),
		   EEXIST);

	fd = open("f", O_WRONLY | O_APPEND);
	EXPECT_TRUE("open O_APPEND", fd >= 0);
	lseek(fd, 0, SEEK_SET);
	EXPECT_EQ("write 3", write(fd, "abc", 3), 3);
	EXPECT_EQ("lands at the end", lseek(fd, 0, SEEK_CUR), 13);
	close(fd);
	fd = open("f", O_RDONLY);
	EXPECT_EQ("file is 13 bytes", read(fd, buf, sizeof buf), 13);
	EXPECT_TRUE("ends with abc", !memcmp(buf + 10, "abc", 3));
	EXPECT_ERR("write to O_RDONLY", write(fd, "x", 1), EBADF);
	close(fd);

	fd = open("f", O_RDWR | O_TRUNC);
	EXPECT_OK("fstat after O_TRUNC", fstat(fd, &st));
	EXPECT_EQ("size", st.st_size, 0);
	EXPECT_EQ("read", read(fd, buf, sizeof buf), 0);
	close(fd);

	fd = open("f", O_RDONLY | O_CLOEXEC);
	EXPECT_EQ("O_CLOEXEC: F_GETFD", fcntl(fd, F_GETFD), FD_CLOEXEC);
	close(fd);
	fd = open("f", O_RDONLY);
	EXPECT_EQ("without O_CLOEXEC: F_GETFD", fcntl(fd, F_GETFD), 0);
	close(fd);

	EXPECT_ERR("O_DIRECTORY on a file", open("f", O_RDONLY | O_DIRECTORY), ENOTDIR);
	fd = open(".", O_RDONLY | O_DIRECTORY);
	EXPECT_TRUE("O_DIRECTORY on a directory", fd >= 0);
	close(fd);
	EXPECT_ERR("O_WRONLY on a directory", open(".", O_WRONLY), EISDIR);
	EXPECT_ERR("O_RDWR on a directory", open(".", O_RDWR), EISDIR);
	EXPECT_ERR("open a missing file", open("missing", O_RDONLY), ENOENT);
	EXPECT_ERR("O_CREAT in a missing directory", open("nodir/f", O_WRONLY | O_CREAT, 0644), ENOENT);

	fd = creat("g", 0600);
	EXPECT_TRUE("creat", fd >= 0);
	EXPECT_EQ("write", write(fd, "x", 1), 1);
	EXPECT_ERR("creat's fd is write-only", read(fd, buf, 1), EBADF);
	close(fd);
	EXPECT_OK("stat", stat("g", &st));
	EXPECT_EQ("creat mode", st.st_mode & 07777, 0600);
	fd = creat("g", 0600);
	EXPECT_OK("creat again truncates", fstat(fd, &st));
	EXPECT_EQ("size", st.st_size, 0);
	return lt_done();
}
