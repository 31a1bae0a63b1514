/*
 * chmod_chown: chmod, fchmod and fchmodat change the permission bits
 * (the type bits stay); chmod follows links; chown, fchown and lchown to
 * our own ids, or -1 for "unchanged", succeed without changing the owner;
 * errors: a missing file (ENOENT), a bad fd (EBADF), fchmodat with an
 * unknown flag (EINVAL).
 */
#include "lt.h"

static long mode_of(const char *p)
{
	struct stat st;

	return lstat(p, &st) ? -1 : (long)(st.st_mode & 07777);
}

int main(void)
{
	struct stat st;
	int fd;

	lt_write_file("f", "x", 1);
	SETUP(symlink("f", "l"));
	EXPECT_OK("chmod 0600", chmod("f", 0600));
	EXPECT_EQ("mode", mode_of("f"), 0600);
	EXPECT_OK("chmod 01755", chmod("f", 01755));
	EXPECT_EQ("mode", mode_of("f"), 01755);
	EXPECT_OK("stat", stat("f", &st));
	EXPECT_TRUE("still S_IFREG", S_ISREG(st.st_mode));
	EXPECT_OK("chmod through the link", chmod("l", 0640));
	EXPECT_EQ("the file changed", mode_of("f"), 0640);
	EXPECT_EQ("the link did not", mode_of("l"), 0777);
	fd = open("f", O_RDONLY);
	EXPECT_OK("fchmod 0444 (on a read-only fd)", fchmod(fd, 0444));
	EXPECT_EQ("mode", mode_of("f"), 0444);
	EXPECT_OK("fchmodat AT_FDCWD", fchmodat(AT_FDCWD, "f", 0604, 0));
	EXPECT_EQ("mode", mode_of("f"), 0604);
	EXPECT_ERR("fchmodat unknown flag", fchmodat(AT_FDCWD, "f", 0604, 0x40), EINVAL);
	EXPECT_ERR("chmod missing", chmod("missing", 0644), ENOENT);
	EXPECT_ERR("fchmod bad fd", fchmod(999, 0644), EBADF);

	EXPECT_OK("chown to our ids", chown("f", getuid(), getgid()));
	EXPECT_OK("chown -1 -1", chown("f", (uid_t)-1, (gid_t)-1));
	EXPECT_OK("fchown to our ids", fchown(fd, getuid(), getgid()));
	EXPECT_OK("lchown the link", lchown("l", getuid(), (gid_t)-1));
	EXPECT_OK("fchownat AT_SYMLINK_NOFOLLOW", fchownat(AT_FDCWD, "l", (uid_t)-1, getgid(),
							   AT_SYMLINK_NOFOLLOW));
	EXPECT_OK("stat", stat("f", &st));
	EXPECT_TRUE("owner unchanged", st.st_uid == getuid() && st.st_gid == getgid());
	EXPECT_ERR("chown missing", chown("missing", getuid(), getgid()), ENOENT);
	EXPECT_ERR("fchown bad fd", fchown(999, getuid(), getgid()), EBADF);
	return lt_done();
}
