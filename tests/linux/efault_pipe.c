/*
 * efault_pipe: a bad fd array for pipe (42) and pipe2 (359): EFAULT
 * (Linux closes the two fds it made; the test does not count on it, as
 * qemu-arm keeps them).
 */
#include "lt.h"

int main(void)
{
	EXPECT_ERR("pipe(bad)", syscall(SYS_pipe, BAD), EFAULT);
	EXPECT_ERR("pipe2(bad, 0)", syscall(SYS_pipe2, BAD, 0), EFAULT);
	EXPECT_ERR("pipe2(bad, O_CLOEXEC)", syscall(SYS_pipe2, BAD, 02000000), EFAULT);
	return lt_done();
}
