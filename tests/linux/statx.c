/*
 * statx: statx (397) itself: the basic-stats mask comes back, with mode,
 * size, nlink, blocks and ids equal to what stat reports; AT_EMPTY_PATH
 * on an fd; AT_SYMLINK_NOFOLLOW; 64-bit times; errors: missing names,
 * unknown flags, the reserved mask bit (EINVAL). Also the older calls the
 * glue falls back to, by raw number: fstat64 (197) and fstatat64 (327)
 * agree with statx.
 */
#include "lt.h"
#include <stdint.h>
#include <linux_abi/stat.h>

int main(void)
{
	struct statx x;
	struct stat st;
	struct linux_stat64 k;
	int fd;

	lt_write_file("f", "hello world", 11);
	SETUP(chmod("f", 0604));
	SETUP(symlink("f", "l"));
	memset(&x, 0xff, sizeof x);
	EXPECT_OK("statx f", statx(AT_FDCWD, "f", 0, STATX_BASIC_STATS, &x));
	EXPECT_TRUE("basic stats returned", (x.stx_mask & STATX_BASIC_STATS) == STATX_BASIC_STATS);
	EXPECT_EQ("stx_mode", x.stx_mode, S_IFREG | 0604);
	EXPECT_EQ("stx_size", x.stx_size, 11);
	EXPECT_EQ("stx_nlink", x.stx_nlink, 1);
	EXPECT_TRUE("stx_blocks covers the data", x.stx_blocks * 512 >= 11);
	EXPECT_TRUE("stx_blksize > 0", x.stx_blksize > 0);
	EXPECT_OK("stat f", stat("f", &st));
	EXPECT_TRUE("ids match stat", x.stx_uid == st.st_uid && x.stx_gid == st.st_gid);
	EXPECT_TRUE("inode matches stat (low 16 bits)", (uint16_t)x.stx_ino == st.st_ino);
	EXPECT_TRUE("mtime matches stat", x.stx_mtime.tv_sec == st.st_mtim.tv_sec &&
		    x.stx_mtime.tv_nsec == (uint32_t)st.st_mtim.tv_nsec);
	fd = open("f", O_RDONLY);
	EXPECT_OK("statx AT_EMPTY_PATH on the fd", statx(fd, "", AT_EMPTY_PATH, STATX_SIZE, &x));
	EXPECT_EQ("stx_size", x.stx_size, 11);
	EXPECT_OK("statx l AT_SYMLINK_NOFOLLOW", statx(AT_FDCWD, "l", AT_SYMLINK_NOFOLLOW, STATX_MODE, &x));
	EXPECT_TRUE("is a link", S_ISLNK(x.stx_mode));
	EXPECT_OK("statx l", statx(AT_FDCWD, "l", 0, STATX_MODE, &x));
	EXPECT_TRUE("follows", S_ISREG(x.stx_mode));
	EXPECT_OK("statx with mask 0", statx(AT_FDCWD, "f", 0, 0, &x));
	EXPECT_ERR("statx missing", statx(AT_FDCWD, "missing", 0, STATX_BASIC_STATS, &x), ENOENT);
	EXPECT_ERR("statx \"\" without AT_EMPTY_PATH", statx(fd, "", 0, STATX_BASIC_STATS, &x), ENOENT);
	EXPECT_ERR("statx bad fd", statx(999, "", AT_EMPTY_PATH, STATX_BASIC_STATS, &x), EBADF);
	EXPECT_ERR("statx reserved mask bit", statx(AT_FDCWD, "f", 0, 0x80000000u, &x), EINVAL);
	EXPECT_ERR("statx unknown flag (raw)", syscall(SYS_statx, -100, "f", 0x10000000, 0x7ff, &x), EINVAL);

	memset(&k, 0, sizeof k);
	EXPECT_OK("fstat64 (197) raw", syscall(SYS_fstat64, fd, &k));
	EXPECT_TRUE("mode and size agree", k.st_mode == (S_IFREG | 0604) && k.st_size == 11);
	EXPECT_TRUE("nlink and blocks agree", k.st_nlink == 1 && k.st_blocks == (uint64_t)st.st_blocks);
	EXPECT_TRUE("st_ino_low is st_ino's low half", k.st_ino_low == (uint32_t)k.st_ino);
	memset(&k, 0, sizeof k);
	EXPECT_OK("fstatat64 (327) raw, AT_SYMLINK_NOFOLLOW", syscall(SYS_fstatat64, -100, "l", &k, 0x100));
	EXPECT_TRUE("a link of size 1", S_ISLNK(k.st_mode) && k.st_size == 1);
	EXPECT_OK("stat64 (195) raw", syscall(SYS_stat64, "f", &k));
	EXPECT_EQ("size", k.st_size, 11);
	return lt_done();
}
