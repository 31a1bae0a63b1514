/*
 * The lookup behind ttyname and ttyname_r, as musl does it: fd must be a
 * terminal (TCGETS answers), /proc/self/fd/N names its file, and that
 * name must still be the same file (not renamed or replaced since). The
 * raw result: 0, or -ENOTTY, -EBADF, -ERANGE (size too small), -ENODEV.
 */
#include <string.h>
#include <sys/stat.h>
#include "glue.h"

/* "/proc/self/fd/N" into buf (at least 32 bytes) */
static void proc_fd_name(char *buf, int fd)
{
	char digits[12];
	unsigned int n = (unsigned int)fd;
	int i = 0;

	do
		digits[i++] = (char)('0' + n % 10);
	while (n /= 10);
	strcpy(buf, "/proc/self/fd/");
	buf += strlen(buf);
	while (i)
		*buf++ = digits[--i];
	*buf = 0;
}

long __glue_ttyname_raw(int fd, char *name, size_t size)
{
	struct linux_termios t;
	struct stat by_name, by_fd;
	char proc[32];
	long r = __syscall(SYS_ioctl, fd, LINUX_TCGETS, &t);

	if (r)
		return r;
	proc_fd_name(proc, fd);
	r = __syscall(SYS_readlink, proc, name, size);
	if (r < 0)
		return r;
	if ((size_t)r >= size)
		return -LINUX_ERANGE;
	name[r] = 0;
	r = __glue_fstatat_raw(LINUX_AT_FDCWD, name, &by_name, 0);
	if (r == 0)
		r = __glue_fstatat_raw(fd, "", &by_fd, LINUX_AT_EMPTY_PATH);
	if (r)
		return r;
	if (by_name.st_dev != by_fd.st_dev || by_name.st_ino != by_fd.st_ino)
		return -LINUX_ENODEV;
	return 0;
}
