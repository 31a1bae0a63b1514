/*
 * pipe_zero: a write of nothing to a pipe succeeds with 0 even when no
 * reader is left (Linux's pipe_write returns before it looks for
 * readers), so no SIGPIPE comes and the writer lives on; writev with
 * only empty buffers, or none, too.
 */
#include "lt.h"
#include <sys/uio.h>

int main(void)
{
	int p[2];
	struct iovec iov[2] = { { "x", 0 }, { "y", 0 } };

	SETUP(pipe(p));
	close(p[0]);
	EXPECT_EQ("write of 0 bytes, no reader", syscall(SYS_write, p[1], "x", 0), 0);
	EXPECT_EQ("writev of empty buffers", syscall(SYS_writev, p[1], iov, 2), 0);
	EXPECT_EQ("writev of no buffers", syscall(SYS_writev, p[1], iov, 0), 0);
	EXPECT_TRUE("still alive", 1);
	return lt_done();
}
