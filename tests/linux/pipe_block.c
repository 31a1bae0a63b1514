/*
 * pipe_block: blocking pipe ends wait for each other across processes:
 * a 200 KiB write is held (the pipe holds 64 KiB) until the
 * reader drains it, and then returns the whole count, every byte in
 * order; a write of 64 KiB + 1 into an empty pipe is held too, until a
 * page is read; a blocking read waits for the writer's first byte and
 * returns what is there.
 */
#include "lt.h"
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/wait.h>

#define BIG (200 * 1024)

static unsigned char buf[BIG];

static unsigned char pattern(unsigned long i)
{
	return (unsigned char)(i * 13 + (i >> 9));
}

static int nread(int fd)
{
	int n = -1;

	ioctl(fd, FIONREAD, &n);
	return n;
}

/* Is a byte waiting in fd (within ms milliseconds)? */
static int ready(int fd, int ms)
{
	struct pollfd pf = { fd, POLLIN, 0 };

	return poll(&pf, 1, ms) == 1;
}

/* A child that writes n bytes of the pattern in one write, then reports on done. */
static pid_t writer(int out, int done, size_t n)
{
	pid_t pid = fork();

	SETUP(pid);
	if (pid == 0) {
		for (size_t i = 0; i < n; i++)
			buf[i] = pattern(i);
		ssize_t w = write(out, buf, n);
		write(done, w == (ssize_t)n ? "y" : "n", 1);
		_exit(0);
	}
	return pid;
}

static int wait_ok(pid_t pid)
{
	int st;

	return waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

int main(void)
{
	int p[2], s[2], inorder = 1, tries;
	size_t have = 0;
	char c = 0;
	pid_t pid;

	SETUP(pipe(p));
	SETUP(pipe(s));

	pid = writer(p[1], s[1], BIG);
	for (tries = 0; tries < 500 && nread(p[0]) < 65536; tries++)
		usleep(10000);
	EXPECT_EQ("the pipe fills: 65536 buffered", nread(p[0]), 65536);
	EXPECT_TRUE("the writer is held", !ready(s[0], 200));
	while (have < BIG) {
		ssize_t n = read(p[0], buf + have, BIG - have);
		if (n <= 0)
			break;
		have += (size_t)n;
	}
	EXPECT_EQ("the reader got", have, BIG);
	for (size_t i = 0; i < have; i++)
		if (buf[i] != pattern(i))
			inorder = 0;
	EXPECT_TRUE("every byte in order", inorder);
	EXPECT_EQ("the write returned the whole count", read(s[0], &c, 1) == 1 ? c : '?', 'y');
	EXPECT_TRUE("writer reaped", wait_ok(pid));

	pid = writer(p[1], s[1], 65537);
	for (tries = 0; tries < 500 && nread(p[0]) < 65536; tries++)
		usleep(10000);
	EXPECT_EQ("64 KiB + 1: 65536 buffered", nread(p[0]), 65536);
	EXPECT_TRUE("and the writer held", !ready(s[0], 200));
	EXPECT_EQ("read a page", read(p[0], buf, 4096), 4096);
	EXPECT_EQ("now the write returns", read(s[0], &c, 1) == 1 ? c : '?', 'y');
	EXPECT_EQ("the last byte came", nread(p[0]), 65536 - 4096 + 1);
	EXPECT_TRUE("writer reaped", wait_ok(pid));
	have = 4096;
	while (have < 65537) {
		ssize_t n = read(p[0], buf + have, 65537 - have);
		if (n <= 0)
			break;
		have += (size_t)n;
	}
	inorder = 1;
	for (size_t i = 0; i < have; i++)
		if (buf[i] != pattern(i))
			inorder = 0;
	EXPECT_TRUE("65537 bytes in order", have == 65537 && inorder);

	/* a blocking reader waits for the first byte */
	pid = fork();
	SETUP(pid);
	if (pid == 0) {
		char got[16];
		write(s[1], "r", 1);
		ssize_t n = read(p[0], got, sizeof got);
		write(s[1], n == 3 && !memcmp(got, "abc", 3) ? "y" : "n", 1);
		_exit(0);
	}
	read(s[0], &c, 1);
	EXPECT_TRUE("the reader waits", !ready(s[0], 200));
	EXPECT_EQ("write 3", write(p[1], "abc", 3), 3);
	EXPECT_EQ("the reader got them", read(s[0], &c, 1) == 1 ? c : '?', 'y');
	EXPECT_TRUE("reader reaped", wait_ok(pid));
	EXPECT_EQ("nothing left", nread(p[0]), 0);
	return lt_done();
}
