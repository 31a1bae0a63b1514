/*
 * fs0/vfs attributes: fstat/fstatat (struct stat64 as Linux fills it for
 * tmpfs), statx, fchmodat/fchmod, fchownat/fchown, utimensat, faccessat as
 * root, umask, chdir/fchdir and getcwd.
 */
#include "unit.h"
#include "vfs_harness.h"

#define E(x) (-LINUX_##x)
#define O(x) LINUX_O_##x
#define CWD LINUX_AT_FDCWD

static struct vfs_proc *p;

static void t_stat_fields(void)
{
	struct linux_stat64 st, st2;
	p = h_begin();
	h_mkfile(p, "/f", "12345");
	CHECK_EQ(h_stat(p, "/f", &st), 0);
	CHECK_EQ(st.st_dev, LINUX_NEW_ENCODE_DEV(0, VFS_TMPFS_DEV_MINOR));
	CHECK(st.st_ino > 1);
	CHECK_EQ(st.st_ino_low, (uint32_t)st.st_ino);
	CHECK_EQ(st.st_mode, LINUX_S_IFREG | 0644);
	CHECK_EQ(st.st_nlink, 1);
	CHECK_EQ(st.st_uid, 0);
	CHECK_EQ(st.st_gid, 0);
	CHECK_EQ(st.st_rdev, 0);
	CHECK_EQ(st.st_size, 5);
	CHECK_EQ(st.st_blksize, 4096);
	CHECK_EQ(st.st_blocks, 8);
	CHECK_EQ(st.st_atime_sec, 1000000);
	CHECK(!st.pad0[0] && !st.pad3[0]);
	CHECK_EQ(h_stat(p, "/", &st2), 0);
	CHECK_EQ(st2.st_ino, 1);
	CHECK_EQ(st2.st_mode, LINUX_S_IFDIR | 0755);
	CHECK_EQ(st2.st_size, 60);
	CHECK_EQ(st2.st_blocks, 0);
	long fd = h_open(p, "/f", O(RDONLY), 0);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st2), 0);
	CHECK(!memcmp(&st, &st2, sizeof st));
	CHECK_EQ(vfs_fstat(p, 12, &st2), E(EBADF));
	CHECK_EQ(vfs_fstatat(p, CWD, "/f", &st, 0x4000), E(EINVAL));
	CHECK_EQ(vfs_fstatat(p, CWD, "/f", &st, LINUX_AT_NO_AUTOMOUNT), 0);
	CHECK_EQ(h_end(), 0);
}

static void t_statx(void)
{
	struct linux_statx stx;
	struct linux_stat64 st;
	p = h_begin();
	h_mkfile(p, "/f", "abc");
	vfs_symlinkat(p, "f", CWD, "/l");
	CHECK_EQ(vfs_statx(p, CWD, "/l", 0, LINUX_STATX_BASIC_STATS, &stx), 0);
	CHECK_EQ(h_stat(p, "/f", &st), 0);
	CHECK_EQ(stx.stx_mask, LINUX_STATX_BASIC_STATS | LINUX_STATX_BTIME | LINUX_STATX_MNT_ID);
	CHECK_EQ(stx.stx_ino, st.st_ino);
	CHECK_EQ(stx.stx_mode, LINUX_S_IFREG | 0644);
	CHECK_EQ(stx.stx_size, 3);
	CHECK_EQ(stx.stx_blocks, 8);
	CHECK_EQ(stx.stx_blksize, 4096);
	CHECK_EQ(stx.stx_nlink, 1);
	CHECK_EQ(stx.stx_btime.tv_sec, 1000000);
	CHECK_EQ(stx.stx_dev_major, 0);
	CHECK_EQ(stx.stx_dev_minor, VFS_TMPFS_DEV_MINOR);
	CHECK_EQ(stx.stx_attributes, 0);
	CHECK(stx.stx_attributes_mask & LINUX_STATX_ATTR_MOUNT_ROOT);
	CHECK_EQ(vfs_statx(p, CWD, "/l", LINUX_AT_SYMLINK_NOFOLLOW, 0, &stx), 0);
	CHECK_EQ(stx.stx_mode, LINUX_S_IFLNK | 0777);
	CHECK_EQ(vfs_statx(p, CWD, "/", 0, LINUX_STATX_ALL, &stx), 0);
	CHECK_EQ(stx.stx_attributes, LINUX_STATX_ATTR_MOUNT_ROOT);
	CHECK_EQ(vfs_statx(p, CWD, "/f", 0, LINUX_STATX__RESERVED, &stx), E(EINVAL));
	CHECK_EQ(vfs_statx(p, CWD, "/f", LINUX_AT_STATX_SYNC_TYPE, 0, &stx), E(EINVAL));
	CHECK_EQ(vfs_statx(p, CWD, "/f", LINUX_AT_STATX_FORCE_SYNC, 0, &stx), 0);
	CHECK_EQ(vfs_statx(p, CWD, "/f", LINUX_AT_REMOVEDIR, 0, &stx), E(EINVAL));
	long fd = h_open(p, "/f", O(RDONLY), 0);
	CHECK_EQ(vfs_statx(p, (int)fd, "", LINUX_AT_EMPTY_PATH, 0, &stx), 0);
	CHECK_EQ(stx.stx_size, 3);
	CHECK_EQ(vfs_statx(p, (int)fd, "", 0, 0, &stx), E(ENOENT));
	vfs_mknodat(p, CWD, "/c", LINUX_S_IFCHR | 0600, LINUX_NEW_ENCODE_DEV(5, 1));
	CHECK_EQ(vfs_statx(p, CWD, "/c", 0, 0, &stx), 0);
	CHECK_EQ(stx.stx_rdev_major, 5);
	CHECK_EQ(stx.stx_rdev_minor, 1);
	CHECK_EQ(h_end(), 0);
}

static void t_dir_links_and_size(void)
{
	struct linux_stat64 st;
	p = h_begin();
	vfs_mkdirat(p, CWD, "/d", 0755);
	vfs_mkdirat(p, CWD, "/d/a", 0755);
	vfs_mkdirat(p, CWD, "/d/b", 0755);
	h_mkfile(p, "/d/f", "");
	CHECK_EQ(h_stat(p, "/d", &st), 0);
	CHECK_EQ(st.st_nlink, 4);
	CHECK_EQ(st.st_size, 100);
	CHECK_EQ(h_end(), 0);
}

static void t_chmod(void)
{
	struct linux_stat64 st;
	p = h_begin();
	h_mkfile(p, "/f", "");
	vfs_symlinkat(p, "f", CWD, "/l");
	h_tick();
	CHECK_EQ(vfs_fchmodat(p, CWD, "/f", 0170755, 0), 0);
	CHECK_EQ(h_stat(p, "/f", &st), 0);
	CHECK_EQ(st.st_mode, LINUX_S_IFREG | 0755);
	CHECK_EQ(st.st_ctime_sec, 1000001);
	CHECK_EQ(st.st_mtime_sec, 1000000);
	CHECK_EQ(vfs_fchmodat(p, CWD, "/l", 04700, 0), 0);
	CHECK_EQ(h_mode(p, "/f", 0), LINUX_S_IFREG | 04700);
	CHECK_EQ(vfs_fchmodat(p, CWD, "/l", 0700, LINUX_AT_SYMLINK_NOFOLLOW), E(EOPNOTSUPP));
	CHECK_EQ(vfs_fchmodat(p, CWD, "/f", 0700, LINUX_AT_SYMLINK_NOFOLLOW), 0);
	CHECK_EQ(vfs_fchmodat(p, CWD, "/f", 0700, LINUX_AT_REMOVEDIR), E(EINVAL));
	CHECK_EQ(vfs_fchmodat(p, CWD, "/none", 0700, 0), E(ENOENT));
	long fd = h_open(p, "/f", O(RDONLY), 0);
	CHECK_EQ(vfs_fchmod(p, (int)fd, 0640), 0);
	CHECK_EQ(h_mode(p, "/f", 0), LINUX_S_IFREG | 0640);
	CHECK_EQ(vfs_fchmod(p, 77, 0640), E(EBADF));
	CHECK_EQ(h_end(), 0);
}

static void t_chown(void)
{
	struct linux_stat64 st;
	p = h_begin();
	h_mkfile(p, "/f", "");
	vfs_symlinkat(p, "f", CWD, "/l");
	vfs_mkdirat(p, CWD, "/d", 0755);
	CHECK_EQ(vfs_fchownat(p, CWD, "/f", 1000, 100, 0), 0);
	CHECK_EQ(h_stat(p, "/f", &st), 0);
	CHECK_EQ(st.st_uid, 1000);
	CHECK_EQ(st.st_gid, 100);
	CHECK_EQ(vfs_fchownat(p, CWD, "/l", (uint32_t)-1, 7, 0), 0);
	CHECK_EQ(h_stat(p, "/f", &st), 0);
	CHECK_EQ(st.st_uid, 1000);
	CHECK_EQ(st.st_gid, 7);
	CHECK_EQ(vfs_fchownat(p, CWD, "/l", 5, 5, LINUX_AT_SYMLINK_NOFOLLOW), 0);
	CHECK_EQ(h_lstat(p, "/l", &st), 0);
	CHECK_EQ(st.st_uid, 5);
	CHECK_EQ(h_stat(p, "/l", &st), 0);
	CHECK_EQ(st.st_uid, 1000);
	/* chown drops set-user-id, and set-group-id if group-executable */
	vfs_fchmodat(p, CWD, "/f", 06755, 0);
	CHECK_EQ(vfs_fchownat(p, CWD, "/f", (uint32_t)-1, (uint32_t)-1, 0), 0);
	CHECK_EQ(h_mode(p, "/f", 0), LINUX_S_IFREG | 0755);
	vfs_fchmodat(p, CWD, "/f", 06745, 0);
	CHECK_EQ(vfs_fchownat(p, CWD, "/f", 0, 0, 0), 0);
	CHECK_EQ(h_mode(p, "/f", 0), LINUX_S_IFREG | 02745);
	vfs_fchmodat(p, CWD, "/d", 06755, 0);
	CHECK_EQ(vfs_fchownat(p, CWD, "/d", 1, 1, 0), 0);
	CHECK_EQ(h_mode(p, "/d", 0), LINUX_S_IFDIR | 06755);
	CHECK_EQ(vfs_fchownat(p, CWD, "/f", 1, 1, 0x2000), E(EINVAL));
	long fd = h_open(p, "/f", O(RDONLY), 0), o = h_open(p, "/f", O(PATH), 0);
	CHECK_EQ(vfs_fchown(p, (int)fd, 3, 4), 0);
	CHECK_EQ(h_stat(p, "/f", &st), 0);
	CHECK_EQ(st.st_uid, 3);
	CHECK_EQ(vfs_fchown(p, (int)o, 3, 4), E(EBADF));
	CHECK_EQ(vfs_fchownat(p, (int)o, "", 9, 9, LINUX_AT_EMPTY_PATH), 0);
	CHECK_EQ(h_stat(p, "/f", &st), 0);
	CHECK_EQ(st.st_gid, 9);
	CHECK_EQ(h_end(), 0);
}

static void t_utimensat(void)
{
	struct linux_stat64 st;
	struct vfs_time t[2] = { { 100, 5 }, { 200, 6 } };
	p = h_begin();
	h_mkfile(p, "/f", "");
	vfs_symlinkat(p, "f", CWD, "/l");
	h_tick();
	CHECK_EQ(vfs_utimensat(p, CWD, "/l", t, 0), 0);
	CHECK_EQ(h_stat(p, "/f", &st), 0);
	CHECK_EQ(st.st_atime_sec, 100);
	CHECK_EQ(st.st_atime_nsec, 5);
	CHECK_EQ(st.st_mtime_sec, 200);
	CHECK_EQ(st.st_mtime_nsec, 6);
	CHECK_EQ(st.st_ctime_sec, 1000001);
	t[0].nsec = LINUX_UTIME_OMIT;
	t[1].nsec = LINUX_UTIME_NOW;
	h_tick();
	CHECK_EQ(vfs_utimensat(p, CWD, "/f", t, 0), 0);
	CHECK_EQ(h_stat(p, "/f", &st), 0);
	CHECK_EQ(st.st_atime_sec, 100);
	CHECK_EQ(st.st_mtime_sec, 1000002);
	h_tick();
	CHECK_EQ(vfs_utimensat(p, CWD, "/f", NULL, 0), 0);
	CHECK_EQ(h_stat(p, "/f", &st), 0);
	CHECK_EQ(st.st_atime_sec, 1000003);
	CHECK_EQ(st.st_mtime_sec, 1000003);
	t[1].nsec = LINUX_UTIME_OMIT;
	CHECK_EQ(vfs_utimensat(p, CWD, "/none", t, 0), 0);
	t[0].nsec = 1000000000;
	CHECK_EQ(vfs_utimensat(p, CWD, "/f", t, 0), E(EINVAL));
	CHECK_EQ(vfs_utimensat(p, CWD, "/none", NULL, 0), E(ENOENT));
	CHECK_EQ(vfs_utimensat(p, CWD, NULL, NULL, 0), E(EFAULT));
	long fd = h_open(p, "/f", O(RDONLY), 0);
	h_tick();
	CHECK_EQ(vfs_utimensat(p, (int)fd, NULL, NULL, 0), 0);
	CHECK_EQ(h_stat(p, "/f", &st), 0);
	CHECK_EQ(st.st_mtime_sec, 1000004);
	CHECK_EQ(vfs_utimensat(p, (int)fd, NULL, NULL, LINUX_AT_SYMLINK_NOFOLLOW), E(EINVAL));
	CHECK_EQ(vfs_utimensat(p, 33, NULL, NULL, 0), E(EBADF));
	t[0].nsec = 1;
	CHECK_EQ(vfs_utimensat(p, CWD, "/l", t, LINUX_AT_SYMLINK_NOFOLLOW), 0);
	CHECK_EQ(h_lstat(p, "/l", &st), 0);
	CHECK_EQ(st.st_atime_sec, 100);
	CHECK_EQ(vfs_utimensat(p, CWD, "/l", t, 0x8000), E(EINVAL));
	CHECK_EQ(h_end(), 0);
}

static void t_access(void)
{
	p = h_begin();
	h_mkfile(p, "/none-x", "");
	vfs_fchmodat(p, CWD, "/none-x", 0, 0);
	h_mkfile(p, "/other-x", "");
	vfs_fchmodat(p, CWD, "/other-x", 0001, 0);
	vfs_mkdirat(p, CWD, "/d", 0);
	vfs_mknodat(p, CWD, "/null", LINUX_S_IFCHR | 0666, LINUX_NEW_ENCODE_DEV(1, 3));
	vfs_symlinkat(p, "none-x", CWD, "/l");
	CHECK_EQ(vfs_faccessat(p, CWD, "/none-x", LINUX_F_OK, 0), 0);
	CHECK_EQ(vfs_faccessat(p, CWD, "/none-x", LINUX_R_OK | LINUX_W_OK, 0), 0);
	CHECK_EQ(vfs_faccessat(p, CWD, "/none-x", LINUX_X_OK, 0), E(EACCES));
	CHECK_EQ(vfs_faccessat(p, CWD, "/other-x", LINUX_X_OK | LINUX_R_OK, 0), 0);
	CHECK_EQ(vfs_faccessat(p, CWD, "/d", LINUX_X_OK | LINUX_R_OK, 0), 0);
	CHECK_EQ(vfs_faccessat(p, CWD, "/d", LINUX_X_OK | LINUX_W_OK, 0), E(EACCES));
	CHECK_EQ(vfs_faccessat(p, CWD, "/null", LINUX_X_OK, 0), E(EACCES));
	CHECK_EQ(vfs_faccessat(p, CWD, "/l", LINUX_X_OK, 0), E(EACCES));
	CHECK_EQ(vfs_faccessat(p, CWD, "/l", LINUX_X_OK, LINUX_AT_SYMLINK_NOFOLLOW), 0);
	CHECK_EQ(vfs_faccessat(p, CWD, "/missing", LINUX_F_OK, 0), E(ENOENT));
	CHECK_EQ(vfs_faccessat(p, CWD, "/none-x", 8, 0), E(EINVAL));
	CHECK_EQ(vfs_faccessat(p, CWD, "/none-x", LINUX_F_OK, LINUX_AT_REMOVEDIR << 2), E(EINVAL));
	CHECK_EQ(vfs_faccessat(p, CWD, "/none-x", LINUX_R_OK, LINUX_AT_EACCESS), 0);
	CHECK_EQ(h_end(), 0);
}

static void t_umask(void)
{
	p = h_begin();
	CHECK_EQ(vfs_umask(p, 0777 | 07000), 022);
	CHECK_EQ(vfs_umask(p, 002), 0777);
	CHECK_EQ(vfs_mkdirat(p, CWD, "/d", 0777), 0);
	CHECK_EQ(h_mode(p, "/d", 0), LINUX_S_IFDIR | 0775);
	CHECK_EQ(vfs_mknodat(p, CWD, "/p", LINUX_S_IFIFO | 0666, 0), 0);
	CHECK_EQ(h_mode(p, "/p", 0), LINUX_S_IFIFO | 0664);
	CHECK_EQ(h_end(), 0);
}

static void t_cwd(void)
{
	char buf[64];
	p = h_begin();
	CHECK_EQ(h_getcwd(p, buf, sizeof buf), 2);
	CHECK_STR(buf, "/");
	vfs_mkdirat(p, CWD, "/usr", 0755);
	vfs_mkdirat(p, CWD, "/usr/lib", 0755);
	vfs_symlinkat(p, "usr/lib", CWD, "/lib");
	h_mkfile(p, "/f", "");
	CHECK_EQ(vfs_chdir(p, "/lib"), 0);
	CHECK_EQ(h_getcwd(p, buf, sizeof buf), 9);
	CHECK_STR(buf, "/usr/lib");
	CHECK_EQ(h_getcwd(p, buf, 9), 9);
	CHECK_EQ(h_getcwd(p, buf, 8), E(ERANGE));
	CHECK_EQ(h_getcwd(p, buf, 0), E(ERANGE));
	h_fault_lo = (uintptr_t)buf + 2;
	h_fault_hi = (uintptr_t)buf + 3;
	CHECK_EQ(h_getcwd(p, buf, sizeof buf), E(EFAULT));
	h_fault_lo = h_fault_hi = 0;
	CHECK_EQ(vfs_chdir(p, "/f"), E(ENOTDIR));
	CHECK_EQ(vfs_chdir(p, "/none"), E(ENOENT));
	CHECK_EQ(vfs_chdir(p, ""), E(ENOENT));
	CHECK_EQ(vfs_chdir(p, ".."), 0);
	CHECK_EQ(h_getcwd(p, buf, sizeof buf), 5);
	CHECK_STR(buf, "/usr");
	long d = h_open(p, "/usr/lib", O(RDONLY), 0), f = h_open(p, "/f", O(RDONLY), 0);
	CHECK_EQ(vfs_fchdir(p, (int)d), 0);
	CHECK_EQ(h_getcwd(p, buf, sizeof buf), 9);
	CHECK_EQ(vfs_fchdir(p, (int)f), E(ENOTDIR));
	CHECK_EQ(vfs_fchdir(p, 50), E(EBADF));
	CHECK_EQ(vfs_unlinkat(p, CWD, "/usr/lib", LINUX_AT_REMOVEDIR), 0);
	CHECK_EQ(h_getcwd(p, buf, sizeof buf), E(ENOENT));
	CHECK_EQ(h_end(), 0);
}

static void t_long_cwd(void)
{
	static char buf[8192];
	char name[200];
	p = h_begin();
	memset(name, 'd', 199);
	name[199] = 0;
	for (int i = 0; i < 20; i++) {
		CHECK_EQ(vfs_mkdirat(p, CWD, name, 0755), 0);
		CHECK_EQ(vfs_chdir(p, name), 0);
	}
	CHECK_EQ(h_getcwd(p, buf, sizeof buf), 20 * 200 + 1);
	CHECK_EQ(vfs_mkdirat(p, CWD, name, 0755), 0);
	CHECK_EQ(vfs_chdir(p, name), 0);
	CHECK_EQ(h_getcwd(p, buf, sizeof buf), E(ENAMETOOLONG));
	CHECK_EQ(h_end(), 0);
}

static const struct unit_test tests[] = {
	{ "stat_fields", t_stat_fields },
	{ "statx", t_statx },
	{ "dir_links_and_size", t_dir_links_and_size },
	{ "chmod", t_chmod },
	{ "chown", t_chown },
	{ "utimensat", t_utimensat },
	{ "access", t_access },
	{ "umask", t_umask },
	{ "cwd", t_cwd },
	{ "long_cwd", t_long_cwd },
};

UNIT_MAIN("vfs_attr", tests)
