/*
 * utimensat: explicit access and modification times (with nanoseconds)
 * read back by stat; UTIME_OMIT leaves one alone; UTIME_NOW and a NULL
 * times set the current time; futimens and utimes; errors: tv_nsec out of
 * range (EINVAL), a missing file (ENOENT), an unknown flag (EINVAL).
 */
#include "lt.h"
#include <sys/time.h>
#include <time.h>

int main(void)
{
	struct timespec ts[2], now;
	struct timeval tv[2];
	struct stat st;
	int fd;

	lt_write_file("f", "x", 1);
	ts[0].tv_sec = 1000000000;
	ts[0].tv_nsec = 123456789;
	ts[1].tv_sec = 1234567890;
	ts[1].tv_nsec = 5000;
	EXPECT_OK("utimensat", utimensat(AT_FDCWD, "f", ts, 0));
	EXPECT_OK("stat", stat("f", &st));
	EXPECT_EQ("atime", st.st_atim.tv_sec, 1000000000);
	EXPECT_EQ("atime ns", st.st_atim.tv_nsec, 123456789);
	EXPECT_EQ("mtime", st.st_mtim.tv_sec, 1234567890);
	EXPECT_EQ("mtime ns", st.st_mtim.tv_nsec, 5000);

	ts[0].tv_nsec = UTIME_OMIT;
	ts[1].tv_sec = 2000000000;
	ts[1].tv_nsec = 0;
	EXPECT_OK("utimensat with atime UTIME_OMIT", utimensat(AT_FDCWD, "f", ts, 0));
	EXPECT_OK("stat", stat("f", &st));
	EXPECT_EQ("atime kept", st.st_atim.tv_sec, 1000000000);
	EXPECT_EQ("mtime", st.st_mtim.tv_sec, 2000000000);

	ts[1].tv_sec = 3000000000LL;
	EXPECT_OK("utimensat mtime in 2065 (64-bit time_t)", utimensat(AT_FDCWD, "f", ts, 0));
	EXPECT_OK("stat", stat("f", &st));
	EXPECT_EQ("mtime", st.st_mtim.tv_sec, 3000000000LL);
	ts[1].tv_sec = 2000000000;
	EXPECT_OK("utimensat mtime back in 2033", utimensat(AT_FDCWD, "f", ts, 0));

	ts[0].tv_nsec = UTIME_NOW;
	ts[1].tv_nsec = UTIME_OMIT;
	clock_gettime(CLOCK_REALTIME, &now);
	EXPECT_OK("utimensat atime UTIME_NOW", utimensat(AT_FDCWD, "f", ts, 0));
	EXPECT_OK("stat", stat("f", &st));
	EXPECT_TRUE("atime is now (within 5 s)", st.st_atim.tv_sec >= now.tv_sec - 5 &&
		    st.st_atim.tv_sec <= now.tv_sec + 5);
	EXPECT_EQ("mtime kept", st.st_mtim.tv_sec, 2000000000);
	EXPECT_OK("utimensat NULL", utimensat(AT_FDCWD, "f", NULL, 0));
	EXPECT_OK("stat", stat("f", &st));
	EXPECT_TRUE("mtime is now", st.st_mtim.tv_sec >= now.tv_sec - 5 && st.st_mtim.tv_sec <= now.tv_sec + 5);

	fd = open("f", O_RDWR);
	ts[0].tv_sec = 86400;
	ts[0].tv_nsec = 0;
	ts[1].tv_sec = 172800;
	ts[1].tv_nsec = 999999999;
	EXPECT_OK("futimens", futimens(fd, ts));
	EXPECT_OK("fstat", fstat(fd, &st));
	EXPECT_EQ("atime", st.st_atim.tv_sec, 86400);
	EXPECT_EQ("mtime ns", st.st_mtim.tv_nsec, 999999999);
	tv[0].tv_sec = 3;
	tv[0].tv_usec = 4;
	tv[1].tv_sec = 5;
	tv[1].tv_usec = 6;
	EXPECT_OK("utimes", utimes("f", tv));
	EXPECT_OK("stat", stat("f", &st));
	EXPECT_TRUE("utimes times", st.st_atim.tv_sec == 3 && st.st_atim.tv_nsec == 4000 &&
		    st.st_mtim.tv_sec == 5 && st.st_mtim.tv_nsec == 6000);

	ts[0].tv_nsec = 1000000000;
	EXPECT_ERR("tv_nsec = 1e9", utimensat(AT_FDCWD, "f", ts, 0), EINVAL);
	ts[0].tv_nsec = -5;
	EXPECT_ERR("tv_nsec = -5", utimensat(AT_FDCWD, "f", ts, 0), EINVAL);
	EXPECT_ERR("missing file", utimensat(AT_FDCWD, "missing", NULL, 0), ENOENT);
	EXPECT_ERR("bad flag (raw call)", syscall(SYS_utimensat, -100, "f", 0, 0x4000), EINVAL);
	return lt_done();
}
