/*
 * pipe_atomic: writes of up to PIPE_BUF (4096) bytes are atomic: four
 * writer processes, started together, each write 16 records of 4096
 * bytes into one pipe; the reader finds every record whole, each
 * writer's in order. With O_NONBLOCK, a write of <= PIPE_BUF
 * bytes that does not fit is EAGAIN and writes nothing; one of more than
 * PIPE_BUF writes what fits and returns that count.
 */
#include "lt.h"
#include <limits.h>
#include <sys/ioctl.h>
#include <sys/wait.h>

#ifndef PIPE_BUF
#define PIPE_BUF 4096           /* Linux's; newlib's <limits.h> has none */
#endif

#define WRITERS 4
#define RECORDS 16
#define REC     4096

static unsigned char got[WRITERS * RECORDS * REC];
static unsigned char chunk[65536];

static void writer(int w, int out, int go)
{
	static unsigned char rec[REC];
	char c;

	read(go, &c, 1);                /* 0 bytes: the parent closed it */
	for (int r = 0; r < RECORDS; r++) {
		memset(rec, w * RECORDS + r, sizeof rec);
		if (write(out, rec, REC) != REC)
			_exit(1);
	}
	_exit(0);
}

static int nread(int fd)
{
	int n = -1;

	ioctl(fd, FIONREAD, &n);
	return n;
}

int main(void)
{
	int p[2], go[2], st, ok = 1;
	pid_t pid[WRITERS];
	size_t have = 0;
	int next[WRITERS] = { 0 };
	int whole = 1, ordered = 1;

	SETUP(pipe(p));
	SETUP(pipe(go));
	for (int w = 0; w < WRITERS; w++) {
		pid[w] = fork();
		SETUP(pid[w]);
		if (pid[w] == 0) {
			close(p[0]);
			close(go[1]);
			writer(w, p[1], go[0]);
		}
	}
	close(p[1]);
	close(go[0]);
	close(go[1]);                   /* all start at once */
	while (have < sizeof got) {
		ssize_t n = read(p[0], got + have, sizeof got - have);
		if (n <= 0)
			break;
		have += (size_t)n;
	}
	EXPECT_EQ("bytes read", have, sizeof got);
	EXPECT_EQ("then end of file", read(p[0], chunk, 1), 0);
	for (int w = 0; w < WRITERS; w++) {
		waitpid(pid[w], &st, 0);
		if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
			ok = 0;
	}
	EXPECT_TRUE("every writer wrote 4096 each time", ok);
	for (size_t i = 0; i < have; i += REC) {
		unsigned char v = got[i];
		for (size_t j = 1; j < REC; j++)
			if (got[i + j] != v)
				whole = 0;
		int w = v / RECORDS;
		if (w >= WRITERS || v % RECORDS != next[w])
			ordered = 0;
		else
			next[w]++;
	}
	EXPECT_TRUE("every record whole", whole);
	EXPECT_TRUE("each writer's records in order", ordered);
	EXPECT_TRUE("all 64 records there", next[0] + next[1] + next[2] + next[3] == WRITERS * RECORDS);
	close(p[0]);

	/* O_NONBLOCK: a small write is all or nothing */
	SETUP(pipe2(p, O_NONBLOCK));
	EXPECT_EQ("fill to 100 bytes short", write(p[1], chunk, 65536 - 100), 65536 - 100);
	EXPECT_ERR("200 bytes into 100: EAGAIN", write(p[1], chunk, 200), EAGAIN);
	EXPECT_EQ("nothing of it written", nread(p[0]), 65536 - 100);
	EXPECT_ERR("PIPE_BUF bytes into 100: EAGAIN", write(p[1], chunk, PIPE_BUF), EAGAIN);
	EXPECT_EQ("100 bytes fit", write(p[1], chunk, 100), 100);
	EXPECT_ERR("full: 1 byte EAGAIN", write(p[1], chunk, 1), EAGAIN);
	EXPECT_EQ("65536 buffered", nread(p[0]), 65536);
	close(p[0]);
	close(p[1]);

	/* O_NONBLOCK: a big write writes what fits */
	SETUP(pipe2(p, O_NONBLOCK));
	EXPECT_EQ("fill 14 pages", write(p[1], chunk, 14 * 4096), 14 * 4096);
	EXPECT_EQ("10000 bytes into 8192: partial", write(p[1], chunk, 10000), 8192);
	EXPECT_EQ("65536 buffered", nread(p[0]), 65536);
	EXPECT_ERR("then EAGAIN", write(p[1], chunk, 5000), EAGAIN);
	EXPECT_EQ("read a page", read(p[0], chunk, 4096), 4096);
	EXPECT_EQ("65536 bytes into one page: 4096", write(p[1], chunk, 65536), 4096);
	EXPECT_EQ("read 8 pages", read(p[0], chunk, 8 * 4096), 8 * 4096);
	EXPECT_EQ("8193 into 8 pages: 8193", write(p[1], chunk, 8193), 8193);
	close(p[0]);
	close(p[1]);
	return lt_done();
}
