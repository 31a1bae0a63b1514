/*
 * fexecve (<unistd.h>): execveat (387) of fd itself (AT_EMPTY_PATH); where
 * the kernel says -ENOSYS, execve of /proc/self/fd/N, as musl does (ENOENT
 * there, no /proc or no such fd, becomes EBADF).
 */
#include <string.h>
#include <unistd.h>
#include "glue.h"

int fexecve(int fd, char *const argv[], char *const envp[])
{
	char proc[32] = "/proc/self/fd/", digits[12];
	unsigned int n = (unsigned int)fd;
	size_t at = strlen(proc);
	int i = 0;
	long r = __syscall(SYS_execveat, fd, "", argv, envp, LINUX_AT_EMPTY_PATH);

	if (r != -LINUX_ENOSYS)
		return __syscall_ret(r);
	do
		digits[i++] = (char)('0' + n % 10);
	while (n /= 10);
	while (i)
		proc[at++] = digits[--i];
	proc[at] = 0;
	r = __syscall(SYS_execve, proc, argv, envp);
	return __syscall_ret(r == -LINUX_ENOENT ? -LINUX_EBADF : r);
}
