/*
 * fs0/vfs path lookup: absolute and relative paths, dirfd, "." and "..",
 * repeated and trailing slashes, symlinks and their limit, O_NOFOLLOW and
 * AT_SYMLINK_NOFOLLOW, AT_EMPTY_PATH, name and path length limits.
 */
#include "unit.h"
#include "vfs_harness.h"

#define E(x) (-LINUX_##x)

static struct vfs_proc *p;

/* /a/b/f ("data"), /a/g, /l -> a/b, /abs -> /a/b/f, /dangle -> nothing */
static void tree(void)
{
	p = h_begin();
	vfs_mkdirat(p, LINUX_AT_FDCWD, "/a", 0755);
	vfs_mkdirat(p, LINUX_AT_FDCWD, "/a/b", 0755);
	h_mkfile(p, "/a/b/f", "data");
	h_mkfile(p, "/a/g", "g");
	vfs_symlinkat(p, "a/b", LINUX_AT_FDCWD, "/l");
	vfs_symlinkat(p, "/a/b/f", LINUX_AT_FDCWD, "/abs");
	vfs_symlinkat(p, "nothing", LINUX_AT_FDCWD, "/dangle");
}

static long ino(const char *path)
{
	struct linux_stat64 st;
	long err = h_stat(p, path, &st);
	return err ? err : (long)st.st_ino;
}

static void t_absolute_and_relative(void)
{
	tree();
	long f = ino("/a/b/f");
	CHECK(f > 0);
	CHECK_EQ(ino("//a///b//f"), f);
	CHECK_EQ(ino("/a/./b/../b/f"), f);
	CHECK_EQ(vfs_chdir(p, "/a"), 0);
	CHECK_EQ(ino("b/f"), f);
	CHECK_EQ(ino("./b/f"), f);
	CHECK_EQ(ino("../a/b/f"), f);
	CHECK_EQ(ino("b/nothing"), E(ENOENT));
	CHECK_EQ(ino("/nothing/f"), E(ENOENT));
	CHECK_EQ(h_end(), 0);
}

static void t_dotdot_at_root(void)
{
	tree();
	long root = ino("/");
	CHECK(root > 0);
	CHECK_EQ(ino("/.."), root);
	CHECK_EQ(ino("/../../.."), root);
	CHECK_EQ(ino("/../a/.."), root);
	CHECK_EQ(ino("."), root);
	CHECK_EQ(ino(".."), root);
	CHECK_EQ(h_end(), 0);
}

static void t_dirfd(void)
{
	struct linux_stat64 st;
	tree();
	long d = h_open(p, "/a", LINUX_O_RDONLY | LINUX_O_DIRECTORY, 0);
	long f = h_open(p, "/a/g", LINUX_O_RDONLY, 0);
	CHECK(d >= 0 && f >= 0);
	CHECK_EQ(vfs_fstatat(p, (int)d, "b/f", &st, 0), 0);
	CHECK_EQ(st.st_size, 4);
	CHECK_EQ(vfs_fstatat(p, (int)f, "x", &st, 0), E(ENOTDIR));
	CHECK_EQ(vfs_fstatat(p, 99, "x", &st, 0), E(EBADF));
	CHECK_EQ(vfs_fstatat(p, -5, "x", &st, 0), E(EBADF));
	CHECK_EQ(vfs_fstatat(p, 99, "/a/g", &st, 0), 0);
	CHECK_EQ(vfs_mkdirat(p, (int)d, "c", 0755), 0);
	CHECK_EQ(h_mode(p, "/a/c", 0), LINUX_S_IFDIR | 0755);
	long o = h_open(p, "/a/b", LINUX_O_PATH, 0);
	CHECK_EQ(vfs_fstatat(p, (int)o, "f", &st, 0), 0);
	CHECK_EQ(h_end(), 0);
}

static void t_trailing_slashes(void)
{
	struct linux_stat64 st;
	tree();
	CHECK_EQ(h_stat(p, "/a/b/f/", &st), E(ENOTDIR));
	CHECK_EQ(h_stat(p, "/a/b/f/.", &st), E(ENOTDIR));
	CHECK_EQ(h_stat(p, "/a/b/f/..", &st), E(ENOTDIR));
	CHECK_EQ(h_stat(p, "/a/b/f/x", &st), E(ENOTDIR));
	CHECK_EQ(h_stat(p, "/a/b//", &st), 0);
	CHECK_EQ(h_open(p, "/a/b/f/", LINUX_O_RDONLY, 0), E(ENOTDIR));
	CHECK_EQ(h_stat(p, "/abs/", &st), E(ENOTDIR));
	/* a trailing slash follows a symlink even for lstat */
	CHECK_EQ(h_lstat(p, "/l/", &st), 0);
	CHECK_EQ(st.st_mode & LINUX_S_IFMT, LINUX_S_IFDIR);
	CHECK_EQ(h_lstat(p, "/l", &st), 0);
	CHECK_EQ(st.st_mode & LINUX_S_IFMT, LINUX_S_IFLNK);
	CHECK_EQ(h_end(), 0);
}

static void t_empty_path(void)
{
	struct linux_stat64 st;
	tree();
	long f = h_open(p, "/a/g", LINUX_O_RDONLY, 0);
	CHECK_EQ(h_stat(p, "", &st), E(ENOENT));
	CHECK_EQ(vfs_fstatat(p, (int)f, "", &st, 0), E(ENOENT));
	CHECK_EQ(vfs_fstatat(p, (int)f, "", &st, LINUX_AT_EMPTY_PATH), 0);
	CHECK_EQ(st.st_size, 1);
	CHECK_EQ(vfs_fstatat(p, LINUX_AT_FDCWD, "", &st, LINUX_AT_EMPTY_PATH), 0);
	CHECK_EQ(st.st_ino, (uint64_t)ino("/"));
	CHECK_EQ(vfs_fstatat(p, 42, "", &st, LINUX_AT_EMPTY_PATH), E(EBADF));
	CHECK_EQ(vfs_fstatat(p, LINUX_AT_FDCWD, NULL, &st, 0), E(EFAULT));
	CHECK_EQ(h_end(), 0);
}

static void t_name_too_long(void)
{
	static char path[5000];
	struct linux_stat64 st;
	tree();
	memset(path, 'n', 256);
	path[256] = 0;
	CHECK_EQ(h_stat(p, path, &st), E(ENAMETOOLONG));
	CHECK_EQ(vfs_mkdirat(p, LINUX_AT_FDCWD, path, 0755), E(ENAMETOOLONG));
	path[255] = 0;
	CHECK_EQ(h_stat(p, path, &st), E(ENOENT));
	CHECK_EQ(vfs_mkdirat(p, LINUX_AT_FDCWD, path, 0755), 0);
	/* 4095 bytes and a NUL fit; 4096 bytes do not */
	memset(path, '/', 4095);
	path[4095] = 0;
	CHECK_EQ(h_stat(p, path, &st), 0);
	path[4095] = '/';
	path[4096] = 0;
	CHECK_EQ(h_stat(p, path, &st), E(ENAMETOOLONG));
	/* a long name under a file: the file is checked first */
	memcpy(path, "/a/g/", 5);
	memset(path + 5, 'x', 300);
	path[305] = 0;
	CHECK_EQ(h_stat(p, path, &st), E(ENOTDIR));
	CHECK_EQ(h_end(), 0);
}

static void t_symlinks(void)
{
	struct linux_stat64 st;
	tree();
	CHECK_EQ(ino("/l/f"), ino("/a/b/f"));
	CHECK_EQ(ino("/abs"), ino("/a/b/f"));
	CHECK_EQ(h_mode(p, "/l", 0), LINUX_S_IFDIR | 0755);
	CHECK_EQ(h_mode(p, "/l", 1), LINUX_S_IFLNK | 0777);
	/* relative targets resolve from the link's directory */
	CHECK_EQ(vfs_symlinkat(p, "../g", LINUX_AT_FDCWD, "/a/b/up"), 0);
	CHECK_EQ(ino("/a/b/up"), ino("/a/g"));
	CHECK_EQ(ino("/l/up"), ino("/a/g"));
	/* .. after a symlink goes up from the target, not from the link */
	CHECK_EQ(ino("/l/.."), ino("/a"));
	CHECK_EQ(h_stat(p, "/dangle", &st), E(ENOENT));
	CHECK_EQ(h_lstat(p, "/dangle", &st), 0);
	CHECK_EQ(h_stat(p, "/dangle/x", &st), E(ENOENT));
	CHECK_EQ(h_end(), 0);
}

static void t_symlink_loops(void)
{
	char name[32], target[32];
	struct linux_stat64 st;
	tree();
	vfs_symlinkat(p, "self", LINUX_AT_FDCWD, "/self");
	CHECK_EQ(h_stat(p, "/self", &st), E(ELOOP));
	CHECK_EQ(h_lstat(p, "/self", &st), 0);
	CHECK_EQ(h_stat(p, "/self/x", &st), E(ELOOP));
	/* a chain of 40 links resolves, 41 do not */
	for (int i = 1; i <= 41; i++) {
		snprintf(name, sizeof name, "/c%d", i);
		snprintf(target, sizeof target, i == 1 ? "a/g" : "c%d", i - 1);
		vfs_symlinkat(p, target, LINUX_AT_FDCWD, name);
	}
	CHECK_EQ(ino("/c40"), ino("/a/g"));
	CHECK_EQ(ino("/c41"), E(ELOOP));
	CHECK_EQ(h_open(p, "/c41", LINUX_O_RDONLY, 0), E(ELOOP));
	CHECK_EQ(h_end(), 0);
}

static void t_nofollow(void)
{
	tree();
	CHECK_EQ(h_open(p, "/abs", LINUX_O_RDONLY | LINUX_O_NOFOLLOW, 0), E(ELOOP));
	/* only the last component is affected */
	long fd = h_open(p, "/l/f", LINUX_O_RDONLY | LINUX_O_NOFOLLOW, 0);
	CHECK(fd >= 0);
	CHECK_EQ(h_open(p, "/l", LINUX_O_RDONLY | LINUX_O_NOFOLLOW | LINUX_O_DIRECTORY, 0),
		 E(ENOTDIR));
	long o = h_open(p, "/abs", LINUX_O_PATH | LINUX_O_NOFOLLOW, 0);
	struct linux_stat64 st;
	CHECK_EQ(vfs_fstat(p, (int)o, &st), 0);
	CHECK_EQ(st.st_mode, LINUX_S_IFLNK | 0777);
	CHECK_EQ(h_end(), 0);
}

static void t_open_creat_through_symlink(void)
{
	char buf[16];
	tree();
	CHECK_EQ(h_open(p, "/dangle", LINUX_O_CREAT | LINUX_O_EXCL | LINUX_O_WRONLY, 0644),
		 E(EEXIST));
	long fd = h_open(p, "/dangle", LINUX_O_CREAT | LINUX_O_WRONLY, 0644);
	CHECK(fd >= 0);
	CHECK_EQ(h_puts(p, (int)fd, "made"), 4);
	CHECK_EQ(h_cat(p, "/nothing", buf, sizeof buf), 4);
	CHECK_STR(buf, "made");
	CHECK_EQ(h_open(p, "/abs", LINUX_O_CREAT | LINUX_O_NOFOLLOW | LINUX_O_RDONLY, 0644),
		 E(ELOOP));
	CHECK_EQ(h_end(), 0);
}

static void t_dotdot_in_removed_dir(void)
{
	tree();
	CHECK_EQ(vfs_mkdirat(p, LINUX_AT_FDCWD, "/a/gone", 0755), 0);
	CHECK_EQ(vfs_chdir(p, "/a/gone"), 0);
	CHECK_EQ(vfs_unlinkat(p, LINUX_AT_FDCWD, "/a/gone", LINUX_AT_REMOVEDIR), 0);
	struct linux_stat64 st;
	CHECK_EQ(h_stat(p, ".", &st), 0);
	CHECK_EQ(st.st_nlink, 0);
	CHECK_EQ(vfs_mkdirat(p, LINUX_AT_FDCWD, "x", 0755), E(ENOENT));
	CHECK_EQ(h_open(p, "x", LINUX_O_CREAT | LINUX_O_RDWR, 0644), E(ENOENT));
	CHECK_EQ(ino("../g"), ino("/a/g"));
	CHECK_EQ(vfs_chdir(p, ".."), 0);
	CHECK_EQ(ino("g"), ino("/a/g"));
	CHECK_EQ(h_end(), 0);
}

static const struct unit_test tests[] = {
	{ "absolute_and_relative", t_absolute_and_relative },
	{ "dotdot_at_root", t_dotdot_at_root },
	{ "dirfd", t_dirfd },
	{ "trailing_slashes", t_trailing_slashes },
	{ "empty_path", t_empty_path },
	{ "name_too_long", t_name_too_long },
	{ "symlinks", t_symlinks },
	{ "symlink_loops", t_symlink_loops },
	{ "nofollow", t_nofollow },
	{ "open_creat_through_symlink", t_open_creat_through_symlink },
	{ "dotdot_in_removed_dir", t_dotdot_in_removed_dir },
};

UNIT_MAIN("vfs_namei", tests)
