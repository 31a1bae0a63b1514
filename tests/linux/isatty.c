/*
 * isatty: no terminal here: isatty is 0 with ENOTTY for a file, a pipe
 * and /dev/null, 0 with EBADF for a bad fd; the terminal calls behind it
 * (TCGETS, TIOCGWINSZ, tcgetattr, tcgetpgrp) say the same.
 */
#include "lt.h"
#include <sys/ioctl.h>
#include <termios.h>

int main(void)
{
	int fd, p[2];
	struct winsize ws;
	struct termios t;

	lt_write_file("f", "x", 1);
	fd = open("f", O_RDONLY);
	SETUP(pipe(p));
	errno = 0;
	EXPECT_EQ("isatty(file)", isatty(fd), 0);
	EXPECT_STR("errno", errname(errno), "ENOTTY");
	errno = 0;
	EXPECT_EQ("isatty(pipe read end)", isatty(p[0]), 0);
	EXPECT_STR("errno", errname(errno), "ENOTTY");
	EXPECT_EQ("isatty(pipe write end)", isatty(p[1]), 0);
	errno = 0;
	EXPECT_EQ("isatty(bad fd)", isatty(999), 0);
	EXPECT_STR("errno", errname(errno), "EBADF");
	EXPECT_ERR("ioctl TIOCGWINSZ on a file", ioctl(fd, TIOCGWINSZ, &ws), ENOTTY);
	EXPECT_ERR("ioctl TCGETS on a pipe", ioctl(p[0], TCGETS, &t), ENOTTY);
	EXPECT_ERR("tcgetattr on a file", tcgetattr(fd, &t), ENOTTY);
	EXPECT_ERR("tcgetattr on a bad fd", tcgetattr(999, &t), EBADF);
	EXPECT_ERR("tcgetpgrp on a file", tcgetpgrp(fd), ENOTTY);
	close(fd);
	fd = open("/dev/null", O_RDWR);
	EXPECT_EQ("isatty(/dev/null)", isatty(fd), 0);
	EXPECT_ERR("tcgetattr on /dev/null", tcgetattr(fd, &t), ENOTTY);
	return lt_done();
}
