/*
 * fifo: mkfifo makes a FIFO (S_ISFIFO, the mode asked for); one process
 * can open it O_RDWR and pass bytes through it; O_RDONLY | O_NONBLOCK
 * opens without a writer, O_WRONLY | O_NONBLOCK without a reader is ENXIO;
 * mkfifo onto an existing name is EEXIST; mknod S_IFIFO does the same.
 */
#include "lt.h"

int main(void)
{
	struct stat st;
	char buf[16];
	int fd, rd;

	umask(0);
	EXPECT_OK("mkfifo", mkfifo("p", 0620));
	EXPECT_OK("stat", stat("p", &st));
	EXPECT_TRUE("S_ISFIFO", S_ISFIFO(st.st_mode));
	EXPECT_EQ("mode", st.st_mode & 0777, 0620);
	EXPECT_ERR("mkfifo again", mkfifo("p", 0600), EEXIST);
	EXPECT_ERR("O_WRONLY | O_NONBLOCK without a reader", open("p", O_WRONLY | O_NONBLOCK), ENXIO);
	rd = open("p", O_RDONLY | O_NONBLOCK);
	EXPECT_TRUE("O_RDONLY | O_NONBLOCK without a writer", rd >= 0);
	EXPECT_EQ("read with no writer: end of file", read(rd, buf, sizeof buf), 0);
	fd = open("p", O_WRONLY | O_NONBLOCK);
	EXPECT_TRUE("O_WRONLY | O_NONBLOCK with a reader", fd >= 0);
	EXPECT_EQ("write 5", write(fd, "hello", 5), 5);
	EXPECT_EQ("read 5", read(rd, buf, sizeof buf), 5);
	EXPECT_ERR("read an empty fifo with a writer", read(rd, buf, sizeof buf), EAGAIN);
	close(fd);
	close(rd);
	fd = open("p", O_RDWR);
	EXPECT_TRUE("O_RDWR", fd >= 0);
	EXPECT_EQ("write 3 through it", write(fd, "abc", 3), 3);
	EXPECT_EQ("read them back", read(fd, buf, sizeof buf), 3);
	EXPECT_ERR("lseek on a fifo", lseek(fd, 0, SEEK_SET), ESPIPE);
	close(fd);
	EXPECT_OK("mknod S_IFIFO", mknod("q", S_IFIFO | 0600, 0));
	EXPECT_OK("stat", stat("q", &st));
	EXPECT_TRUE("S_ISFIFO", S_ISFIFO(st.st_mode));
	EXPECT_OK("mknod a regular file", mknod("r", S_IFREG | 0600, 0));
	EXPECT_OK("stat", stat("r", &st));
	EXPECT_TRUE("S_ISREG", S_ISREG(st.st_mode));
	EXPECT_ERR("mknod with a bad type", mknod("s", 0170000 | 0600, 0), EINVAL);
	return lt_done();
}
