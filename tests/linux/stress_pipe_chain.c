/*
 * stress_pipe_chain: 100 MiB through a chain of four processes joined by
 * pipes (source -> relay -> relay -> sink), in uneven chunk sizes; the
 * sink checks every byte (a running pattern) and the count.
 */
#include "lt.h"
#include <sys/wait.h>

#define TOTAL (100u << 20)

static unsigned char pattern(unsigned long i)
{
	return (unsigned char)(i * 7 + (i >> 12));
}

static void source(int out)
{
	static unsigned char buf[65536];
	unsigned long sent = 0;

	for (unsigned chunk = 1; sent < TOTAL; chunk = chunk * 3 % 65521 + 1) {
		unsigned n = chunk < TOTAL - sent ? chunk : TOTAL - sent;
		for (unsigned i = 0; i < n; i++)
			buf[i] = pattern(sent + i);
		if (write(out, buf, n) != (ssize_t)n)
			_exit(10);
		sent += n;
	}
	_exit(0);
}

static void relay(int in, int out)
{
	static unsigned char buf[40000];
	ssize_t n;

	while ((n = read(in, buf, sizeof buf)) > 0)
		if (write(out, buf, (size_t)n) != n)
			_exit(11);
	_exit(n < 0 ? 12 : 0);
}

/* The sink: 0 if every byte matched and the count is right. */
static int sink(int in)
{
	static unsigned char buf[30000];
	unsigned long got = 0;
	ssize_t n;

	while ((n = read(in, buf, sizeof buf)) > 0) {
		for (ssize_t i = 0; i < n; i++)
			if (buf[i] != pattern(got + (unsigned long)i))
				return 1;
		got += (unsigned long)n;
	}
	return n < 0 ? 2 : got != TOTAL ? 3 : 0;
}

int main(void)
{
	int a[2], b[2], c[2], st, ok = 0;

	SETUP(pipe(a));
	SETUP(pipe(b));
	SETUP(pipe(c));
	pid_t kids[3];
	if ((kids[0] = fork()) == 0) {
		close(a[0]); close(b[0]); close(b[1]); close(c[0]); close(c[1]);
		source(a[1]);
	}
	if ((kids[1] = fork()) == 0) {
		close(a[1]); close(b[0]); close(c[0]); close(c[1]);
		relay(a[0], b[1]);
	}
	if ((kids[2] = fork()) == 0) {
		close(a[0]); close(a[1]); close(b[1]); close(c[0]);
		relay(b[0], c[1]);
	}
	close(a[0]); close(a[1]); close(b[0]); close(b[1]); close(c[1]);
	EXPECT_EQ("the sink got 100 MiB, every byte right", sink(c[0]), 0);
	for (int i = 0; i < 3; i++)
		ok += waitpid(kids[i], &st, 0) == kids[i] && WIFEXITED(st) && !WEXITSTATUS(st);
	EXPECT_EQ("source and relays ended well", ok, 3);
	return lt_done();
}
