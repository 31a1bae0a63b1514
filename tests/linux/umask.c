/*
 * umask: umask returns the previous mask; the mask clears bits of the
 * mode given to open(O_CREAT), mkdir and mkfifo, never of chmod; only the
 * low 9 bits are kept.
 */
#include "lt.h"

static long mode_of(const char *p)
{
	struct stat st;

	return stat(p, &st) ? -1 : (long)(st.st_mode & 07777);
}

int main(void)
{
	int fd;

	umask(022);
	EXPECT_EQ("umask(077) returns the old mask", umask(077), 022);
	EXPECT_EQ("umask(027) returns 077", umask(027), 077);
	fd = open("f", O_WRONLY | O_CREAT, 0666);
	close(fd);
	EXPECT_EQ("0666 file under 027", mode_of("f"), 0640);
	SETUP(mkdir("d", 0777));
	EXPECT_EQ("0777 directory under 027", mode_of("d"), 0750);
	SETUP(mkfifo("p", 0666));
	EXPECT_EQ("0666 fifo under 027", mode_of("p"), 0640);
	EXPECT_OK("chmod 0777", chmod("f", 0777));
	EXPECT_EQ("chmod ignores the mask", mode_of("f"), 0777);
	umask(0);
	fd = open("g", O_WRONLY | O_CREAT, 0777);
	close(fd);
	EXPECT_EQ("0777 file under 0", mode_of("g"), 0777);
	EXPECT_EQ("umask(0777 | 07000) returns 0", umask(07777), 0);
	EXPECT_EQ("only 0777 was kept", umask(022), 0777);
	fd = open("h", O_WRONLY | O_CREAT, 0);
	close(fd);
	EXPECT_EQ("mode 0 file", mode_of("h"), 0);
	return lt_done();
}
