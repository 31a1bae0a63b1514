/*
 * pipe: bytes written come out in order; a read takes what is there
 * (short read); pipe2 O_NONBLOCK makes an empty read EAGAIN, O_CLOEXEC sets
 * FD_CLOEXEC on both ends; both ends are FIFOs to fstat; the ends only go
 * one way (EBADF); after the write end closes, reads return 0 at end;
 * unknown pipe2 flags are EINVAL; a 64 KiB pipe fills and EAGAINs.
 */
#include "lt.h"

int main(void)
{
	int p[2], q[2], total = 0;
	char buf[100];
	static char chunk[4096];
	struct stat st;
	long r;

	EXPECT_OK("pipe", pipe(p));
	EXPECT_EQ("write 5", write(p[1], "hello", 5), 5);
	EXPECT_EQ("write 6", write(p[1], " world", 6), 6);
	EXPECT_EQ("read up to 100", read(p[0], buf, sizeof buf), 11);
	EXPECT_TRUE("in order", !memcmp(buf, "hello world", 11));
	EXPECT_EQ("no FD_CLOEXEC", fcntl(p[0], F_GETFD), 0);
	EXPECT_OK("fstat read end", fstat(p[0], &st));
	EXPECT_TRUE("S_ISFIFO", S_ISFIFO(st.st_mode));
	EXPECT_OK("fstat write end", fstat(p[1], &st));
	EXPECT_TRUE("S_ISFIFO", S_ISFIFO(st.st_mode));
	EXPECT_ERR("write to the read end", write(p[0], "x", 1), EBADF);
	EXPECT_ERR("read from the write end", read(p[1], buf, 1), EBADF);
	EXPECT_EQ("F_GETFL read end access mode", fcntl(p[0], F_GETFL) & O_ACCMODE, O_RDONLY);
	EXPECT_EQ("F_GETFL write end access mode", fcntl(p[1], F_GETFL) & O_ACCMODE, O_WRONLY);
	EXPECT_EQ("write 3", write(p[1], "end", 3), 3);
	close(p[1]);
	EXPECT_EQ("read after the writer closed", read(p[0], buf, sizeof buf), 3);
	EXPECT_EQ("then end of file", read(p[0], buf, sizeof buf), 0);
	close(p[0]);

	EXPECT_OK("pipe2 O_NONBLOCK | O_CLOEXEC", pipe2(q, O_NONBLOCK | O_CLOEXEC));
	EXPECT_EQ("FD_CLOEXEC read end", fcntl(q[0], F_GETFD), FD_CLOEXEC);
	EXPECT_EQ("FD_CLOEXEC write end", fcntl(q[1], F_GETFD), FD_CLOEXEC);
	EXPECT_TRUE("O_NONBLOCK in F_GETFL", fcntl(q[0], F_GETFL) & O_NONBLOCK);
	EXPECT_ERR("read of an empty non-blocking pipe", read(q[0], buf, 1), EAGAIN);
	while ((r = write(q[1], chunk, sizeof chunk)) > 0)
		total += r;
	EXPECT_STR("filling it ends with", errname(errno), "EAGAIN");
	EXPECT_EQ("capacity", total, 65536);
	EXPECT_EQ("read 100 back", read(q[0], buf, sizeof buf), 100);
	EXPECT_ERR("pipe2 unknown flag", pipe2(q, O_APPEND), EINVAL);
	return lt_done();
}
