/*
 * termios: the parts of <termios.h> that need no terminal: struct
 * termios and the flag values are Linux's (NCCS 32, B9600 = 015, ...);
 * cfmakeraw clears canonical mode, echo, signals and output processing
 * and sets CS8, VMIN 1, VTIME 0; cfsetospeed/cfgetospeed keep one speed
 * in CBAUD; an invalid speed is EINVAL; tcsetattr with an unknown action
 * is EINVAL, on a non-terminal ENOTTY; FIONREAD works on a pipe.
 */
#include "lt.h"
#include <sys/ioctl.h>
#include <termios.h>

int main(void)
{
	struct termios t;
	int fd, p[2], n = -1;

	EXPECT_EQ("NCCS", NCCS, 32);
	EXPECT_EQ("B9600", B9600, 015);
	EXPECT_EQ("B115200", B115200, 010002);
	EXPECT_EQ("ICANON", ICANON, 2);
	EXPECT_EQ("TCGETS", TCGETS, 0x5401);
	memset(&t, 0, sizeof t);
	t.c_iflag = ICRNL | IXON | BRKINT;
	t.c_oflag = OPOST | ONLCR;
	t.c_lflag = ICANON | ECHO | ISIG | IEXTEN;
	t.c_cflag = CS7 | PARENB | CREAD;
	cfmakeraw(&t);
	EXPECT_EQ("c_iflag after cfmakeraw", t.c_iflag, 0);
	EXPECT_EQ("c_oflag", t.c_oflag, ONLCR);
	EXPECT_EQ("c_lflag", t.c_lflag, 0);
	EXPECT_EQ("c_cflag", t.c_cflag, CS8 | CREAD);
	EXPECT_EQ("VMIN", t.c_cc[VMIN], 1);
	EXPECT_EQ("VTIME", t.c_cc[VTIME], 0);
	EXPECT_OK("cfsetospeed B9600", cfsetospeed(&t, B9600));
	EXPECT_EQ("cfgetospeed", cfgetospeed(&t), B9600);
	EXPECT_EQ("cfgetispeed", cfgetispeed(&t), B9600);
	EXPECT_EQ("CBAUD field", t.c_cflag & CBAUD, B9600);
	EXPECT_EQ("rest of c_cflag kept", t.c_cflag & ~CBAUD, CS8 | CREAD);
	EXPECT_OK("cfsetispeed 0 (same as output)", cfsetispeed(&t, 0));
	EXPECT_EQ("still B9600", cfgetospeed(&t), B9600);
	EXPECT_OK("cfsetspeed B115200", cfsetspeed(&t, B115200));
	EXPECT_EQ("cfgetospeed", cfgetospeed(&t), B115200);
	EXPECT_ERR("cfsetospeed 9600 (not a B constant)", cfsetospeed(&t, 9600), EINVAL);

	lt_write_file("f", "x", 1);
	fd = open("f", O_RDWR);
	EXPECT_ERR("tcsetattr unknown action", tcsetattr(fd, 7, &t), EINVAL);
	EXPECT_ERR("tcsetattr TCSANOW on a file", tcsetattr(fd, TCSANOW, &t), ENOTTY);
	EXPECT_ERR("tcflush on a file", tcflush(fd, TCIFLUSH), ENOTTY);
	EXPECT_ERR("tcdrain on a file", tcdrain(fd), ENOTTY);
	SETUP(pipe(p));
	EXPECT_EQ("write 5 to a pipe", write(p[1], "hello", 5), 5);
	EXPECT_OK("ioctl FIONREAD", ioctl(p[0], FIONREAD, &n));
	EXPECT_EQ("bytes waiting", n, 5);
	EXPECT_OK("ioctl FIOCLEX", ioctl(p[0], FIOCLEX));
	EXPECT_EQ("FD_CLOEXEC set", fcntl(p[0], F_GETFD), FD_CLOEXEC);
	EXPECT_OK("ioctl FIONCLEX", ioctl(p[0], FIONCLEX));
	EXPECT_EQ("FD_CLOEXEC clear", fcntl(p[0], F_GETFD), 0);
	/* Linux says ENOTTY for a request nobody knows; qemu-arm 7.2 says ENOSYS: not checked. */
	EXPECT_ERR("ioctl on a bad fd", ioctl(999, FIONREAD, &n), EBADF);
	return lt_done();
}
