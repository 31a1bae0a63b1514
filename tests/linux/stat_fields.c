/*
 * stat_fields: what stat, fstat and lstat report: the type and permission
 * bits (S_IFREG|0640 after chmod, S_IFDIR, S_IFLNK, S_IFIFO, S_IFCHR),
 * st_size, st_nlink (1 for a file, 2 for a fresh directory, +1 per
 * subdirectory), st_blocks (512-byte units, enough for the data),
 * st_blksize, owner ids equal to the process's, fstat equal to stat, and
 * newlib's 64-bit time_t in st_mtim.
 */
#include "lt.h"

int main(void)
{
	static char data[10000];
	struct stat st, fst;
	int fd;

	memset(data, 'x', sizeof data);
	lt_write_file("f", data, sizeof data);
	SETUP(chmod("f", 0640));
	EXPECT_OK("stat f", stat("f", &st));
	EXPECT_TRUE("S_ISREG", S_ISREG(st.st_mode));
	EXPECT_EQ("permission bits", st.st_mode & 07777, 0640);
	EXPECT_EQ("type bits", st.st_mode & S_IFMT, S_IFREG);
	EXPECT_EQ("st_size", st.st_size, 10000);
	EXPECT_EQ("st_nlink", st.st_nlink, 1);
	EXPECT_TRUE("st_blocks covers the data", st.st_blocks * 512 >= 10000);
	EXPECT_TRUE("st_blksize > 0", st.st_blksize > 0);
	EXPECT_TRUE("st_uid is ours", st.st_uid == geteuid());
	EXPECT_TRUE("st_gid is ours", st.st_gid == getegid());
	EXPECT_TRUE("st_mtim set", st.st_mtim.tv_sec > 1577836800);
	EXPECT_TRUE("st_mtime is st_mtim.tv_sec", st.st_mtime == st.st_mtim.tv_sec);
	fd = open("f", O_RDONLY);
	EXPECT_OK("fstat", fstat(fd, &fst));
	EXPECT_TRUE("fstat equals stat", fst.st_ino == st.st_ino && fst.st_dev == st.st_dev &&
		    fst.st_mode == st.st_mode && fst.st_size == st.st_size &&
		    fst.st_mtim.tv_sec == st.st_mtim.tv_sec && fst.st_mtim.tv_nsec == st.st_mtim.tv_nsec);
	close(fd);

	lt_write_file("empty", "", 0);
	EXPECT_OK("stat empty", stat("empty", &st));
	EXPECT_EQ("empty st_size", st.st_size, 0);
	EXPECT_EQ("empty st_blocks", st.st_blocks, 0);

	SETUP(mkdir("d", 0751));
	EXPECT_OK("stat d", stat("d", &st));
	EXPECT_TRUE("S_ISDIR", S_ISDIR(st.st_mode));
	EXPECT_EQ("permission bits", st.st_mode & 07777, 0751);
	EXPECT_EQ("a fresh directory's st_nlink", st.st_nlink, 2);
	SETUP(mkdir("d/sub", 0755));
	EXPECT_OK("stat d", stat("d", &st));
	EXPECT_EQ("with one subdirectory", st.st_nlink, 3);
	lt_write_file("d/file", "x", 1);
	EXPECT_OK("stat d", stat("d", &st));
	EXPECT_EQ("a file does not count", st.st_nlink, 3);

	SETUP(symlink("f", "l"));
	EXPECT_OK("lstat l", lstat("l", &st));
	EXPECT_TRUE("S_ISLNK", S_ISLNK(st.st_mode));
	EXPECT_EQ("link permission bits", st.st_mode & 0777, 0777);
	EXPECT_OK("stat l", stat("l", &st));
	EXPECT_TRUE("stat follows: S_ISREG", S_ISREG(st.st_mode));
	SETUP(mkfifo("p", 0600));
	EXPECT_OK("stat p", stat("p", &st));
	EXPECT_TRUE("S_ISFIFO", S_ISFIFO(st.st_mode));
	EXPECT_OK("stat /dev/null", stat("/dev/null", &st));
	EXPECT_TRUE("S_ISCHR", S_ISCHR(st.st_mode));
	EXPECT_EQ("st_size of /dev/null", st.st_size, 0);

	EXPECT_ERR("stat missing", stat("missing", &st), ENOENT);
	EXPECT_ERR("stat through a file", stat("f/x", &st), ENOTDIR);
	EXPECT_ERR("stat \"\"", stat("", &st), ENOENT);
	EXPECT_ERR("fstat a bad fd", fstat(999, &st), EBADF);
	EXPECT_ERR("fstat -1", fstat(-1, &st), EBADF);
	EXPECT_ERR("fstat -100 (not AT_FDCWD)", fstat(-100, &st), EBADF);
	EXPECT_OK("fstatat AT_FDCWD", fstatat(AT_FDCWD, "l", &st, AT_SYMLINK_NOFOLLOW));
	EXPECT_TRUE("fstatat AT_SYMLINK_NOFOLLOW sees the link", S_ISLNK(st.st_mode));
	EXPECT_ERR("fstatat unknown flag", fstatat(AT_FDCWD, "f", &st, 0x40), EINVAL);
	return lt_done();
}
