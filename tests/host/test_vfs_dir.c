/*
 * fs0/vfs names: mkdirat, mknodat, unlinkat (and AT_REMOVEDIR), getdents64,
 * renameat2, linkat, symlinkat and readlinkat, with Linux's errors and link
 * counts.
 */
#include "unit.h"
#include "vfs_harness.h"

#define E(x) (-LINUX_##x)
#define O(x) LINUX_O_##x
#define CWD LINUX_AT_FDCWD

static struct vfs_proc *p;

static long nlink(const char *path)
{
	struct linux_stat64 st;
	long err = h_lstat(p, path, &st);
	return err ? err : (long)st.st_nlink;
}

static long size(const char *path)
{
	struct linux_stat64 st;
	long err = h_lstat(p, path, &st);
	return err ? err : (long)st.st_size;
}

static long ino(const char *path)
{
	struct linux_stat64 st;
	long err = h_lstat(p, path, &st);
	return err ? err : (long)st.st_ino;
}

static void t_mkdir(void)
{
	p = h_begin();
	CHECK_EQ(nlink("/"), 2);
	CHECK_EQ(vfs_mkdirat(p, CWD, "/a", 07777), 0);
	CHECK_EQ(h_mode(p, "/a", 0), LINUX_S_IFDIR | 01755);
	CHECK_EQ(nlink("/a"), 2);
	CHECK_EQ(nlink("/"), 3);
	CHECK_EQ(size("/a"), 40);
	CHECK_EQ(size("/"), 60);
	CHECK_EQ(vfs_mkdirat(p, CWD, "/a", 0755), E(EEXIST));
	CHECK_EQ(vfs_mkdirat(p, CWD, "/a/", 0755), E(EEXIST));
	CHECK_EQ(vfs_mkdirat(p, CWD, "/", 0755), E(EEXIST));
	CHECK_EQ(vfs_mkdirat(p, CWD, "/a/.", 0755), E(EEXIST));
	CHECK_EQ(vfs_mkdirat(p, CWD, "/a/..", 0755), E(EEXIST));
	CHECK_EQ(vfs_mkdirat(p, CWD, "/x/y", 0755), E(ENOENT));
	CHECK_EQ(vfs_mkdirat(p, CWD, "/b//", 0755), 0);
	CHECK_EQ(vfs_mkdirat(p, CWD, "", 0755), E(ENOENT));
	/* a set-gid directory passes its group and the bit on */
	CHECK_EQ(vfs_fchownat(p, CWD, "/b", (uint32_t)-1, 50, 0), 0);
	CHECK_EQ(vfs_fchmodat(p, CWD, "/b", 02755, 0), 0);
	CHECK_EQ(vfs_mkdirat(p, CWD, "/b/c", 0755), 0);
	CHECK_EQ(h_mode(p, "/b/c", 0), LINUX_S_IFDIR | 02755);
	h_mkfile(p, "/b/f", "");
	struct linux_stat64 st;
	CHECK_EQ(h_stat(p, "/b/f", &st), 0);
	CHECK_EQ(st.st_gid, 50);
	CHECK_EQ(h_mode(p, "/b/f", 0), LINUX_S_IFREG | 0644);
	/* a failed allocation leaves nothing behind */
	h_alloc_fail_after = 0;
	CHECK_EQ(vfs_mkdirat(p, CWD, "/nomem", 0755), E(ENOSPC));
	h_alloc_fail_after = 1;
	CHECK_EQ(vfs_mkdirat(p, CWD, "/nomem", 0755), E(ENOMEM));
	h_alloc_fail_after = -1;
	CHECK_EQ(h_mode(p, "/nomem", 0), E(ENOENT));
	CHECK_EQ(h_end(), 0);
}

static void t_rmdir(void)
{
	p = h_begin();
	vfs_mkdirat(p, CWD, "/a", 0755);
	vfs_mkdirat(p, CWD, "/a/b", 0755);
	h_mkfile(p, "/f", "");
	CHECK_EQ(vfs_unlinkat(p, CWD, "/a", LINUX_AT_REMOVEDIR), E(ENOTEMPTY));
	CHECK_EQ(vfs_unlinkat(p, CWD, "/", LINUX_AT_REMOVEDIR), E(EBUSY));
	CHECK_EQ(vfs_unlinkat(p, CWD, "/a/.", LINUX_AT_REMOVEDIR), E(EINVAL));
	CHECK_EQ(vfs_unlinkat(p, CWD, "/a/b/..", LINUX_AT_REMOVEDIR), E(ENOTEMPTY));
	CHECK_EQ(vfs_unlinkat(p, CWD, "/f", LINUX_AT_REMOVEDIR), E(ENOTDIR));
	CHECK_EQ(vfs_unlinkat(p, CWD, "/none", LINUX_AT_REMOVEDIR), E(ENOENT));
	CHECK_EQ(nlink("/a"), 3);
	CHECK_EQ(vfs_unlinkat(p, CWD, "/a/b/", LINUX_AT_REMOVEDIR), 0);
	CHECK_EQ(nlink("/a"), 2);
	CHECK_EQ(size("/a"), 40);
	CHECK_EQ(vfs_unlinkat(p, CWD, "/a", LINUX_AT_REMOVEDIR), 0);
	CHECK_EQ(nlink("/"), 2);
	CHECK_EQ(vfs_unlinkat(p, CWD, "/a", 0x400), E(EINVAL));
	CHECK_EQ(h_end(), 0);
}

static void t_unlink(void)
{
	p = h_begin();
	vfs_mkdirat(p, CWD, "/d", 0755);
	h_mkfile(p, "/f", "x");
	CHECK_EQ(vfs_unlinkat(p, CWD, "/d", 0), E(EISDIR));
	CHECK_EQ(vfs_unlinkat(p, CWD, "/d/", 0), E(EISDIR));
	CHECK_EQ(vfs_unlinkat(p, CWD, "/f/", 0), E(ENOTDIR));
	CHECK_EQ(vfs_unlinkat(p, CWD, "/none/", 0), E(ENOENT));
	CHECK_EQ(vfs_unlinkat(p, CWD, "/", 0), E(EISDIR));
	CHECK_EQ(vfs_unlinkat(p, CWD, ".", 0), E(EISDIR));
	CHECK_EQ(vfs_unlinkat(p, CWD, "/f/x", 0), E(ENOTDIR));
	CHECK_EQ(vfs_unlinkat(p, CWD, "/f", 0), 0);
	CHECK_EQ(vfs_unlinkat(p, CWD, "/f", 0), E(ENOENT));
	CHECK_EQ(size("/"), 60);
	CHECK_EQ(h_end(), 0);
}

/* the records of one getdents64 call on fd into out: "name@d_off:type ..." */
static long records(int fd, size_t bufsize, char *out, size_t n)
{
	static char buf[4096];
	long r = h_getdents(p, fd, buf, bufsize), used = 0;

	out[0] = 0;
	for (long off = 0; off < r;) {
		struct linux_dirent64 *d = (struct linux_dirent64 *)(buf + off);
		used += snprintf(out + used, n - (size_t)used, "%s%s@%lld:%d", used ? " " : "",
				 d->d_name, (long long)d->d_off, d->d_type);
		off += d->d_reclen;
	}
	return r;
}

static void t_getdents(void)
{
	char out[512];
	p = h_begin();
	vfs_mkdirat(p, CWD, "/d", 0755);
	h_mkfile(p, "/d/file", "");
	vfs_mkdirat(p, CWD, "/d/sub", 0755);
	vfs_symlinkat(p, "file", CWD, "/d/link");
	vfs_mknodat(p, CWD, "/d/fifo", LINUX_S_IFIFO | 0644, 0);
	vfs_mknodat(p, CWD, "/d/null", LINUX_S_IFCHR | 0666, LINUX_NEW_ENCODE_DEV(1, 3));
	long fd = h_open(p, "/d", O(RDONLY) | O(DIRECTORY), 0);
	CHECK_EQ(records((int)fd, 4096, out, sizeof out), 7 * 24);
	CHECK_STR(out, ".@1:4 ..@2:4 file@3:8 sub@4:4 link@5:10 fifo@6:1 null@7:2");
	CHECK_EQ(records((int)fd, 4096, out, sizeof out), 0);
	/* a buffer too small for one record */
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_SET), 0);
	CHECK_EQ(records((int)fd, 23, out, sizeof out), E(EINVAL));
	CHECK_EQ(records((int)fd, 24, out, sizeof out), 24);
	CHECK_STR(out, ".@1:4");
	CHECK_EQ(records((int)fd, 60, out, sizeof out), 48);
	CHECK_STR(out, "..@2:4 file@3:8");
	/* removals and additions between calls do not disturb the position */
	CHECK_EQ(vfs_unlinkat(p, CWD, "/d/sub", LINUX_AT_REMOVEDIR), 0);
	CHECK_EQ(vfs_unlinkat(p, CWD, "/d/file", 0), 0);
	h_mkfile(p, "/d/new", "");
	CHECK_EQ(records((int)fd, 4096, out, sizeof out), 4 * 24);
	CHECK_STR(out, "link@5:10 fifo@6:1 null@7:2 new@8:8");
	/* seeking to a d_off resumes after that record */
	CHECK_EQ(h_lseek(p, (int)fd, 6, LINUX_SEEK_SET), 6);
	CHECK_EQ(records((int)fd, 4096, out, sizeof out), 48);
	CHECK_STR(out, "null@7:2 new@8:8");
	/* a longer name takes a longer record */
	h_mkfile(p, "/d/a-longer-name", "");
	CHECK_EQ(records((int)fd, 4096, out, sizeof out), 40);
	CHECK_EQ(h_end(), 0);
}

static void t_getdents_inodes(void)
{
	static char buf[1024];
	p = h_begin();
	vfs_mkdirat(p, CWD, "/d", 0755);
	h_mkfile(p, "/d/f", "");
	long fd = h_open(p, "/d", O(RDONLY), 0);
	long r = h_getdents(p, (int)fd, buf, sizeof buf);
	struct linux_dirent64 *dot = (void *)buf, *up = (void *)(buf + 24), *f = (void *)(buf + 48);
	CHECK_EQ(r, 72);
	CHECK_EQ(dot->d_ino, (uint64_t)ino("/d"));
	CHECK_EQ(up->d_ino, (uint64_t)ino("/"));
	CHECK_EQ(f->d_ino, (uint64_t)ino("/d/f"));
	CHECK_EQ(f->d_reclen, 24);
	long rootfd = h_open(p, "/", O(RDONLY), 0);
	CHECK_EQ(h_getdents(p, (int)rootfd, buf, sizeof buf), 72);
	CHECK_EQ(up->d_ino, (uint64_t)ino("/"));
	long file = h_open(p, "/d/f", O(RDONLY), 0);
	CHECK_EQ(h_getdents(p, (int)file, buf, sizeof buf), E(ENOTDIR));
	CHECK_EQ(h_getdents(p, 40, buf, sizeof buf), E(EBADF));
	CHECK_EQ(vfs_unlinkat(p, CWD, "/d/f", 0), 0);
	CHECK_EQ(vfs_unlinkat(p, CWD, "/d", LINUX_AT_REMOVEDIR), 0);
	CHECK_EQ(h_getdents(p, (int)fd, buf, sizeof buf), E(ENOENT));
	h_fault_lo = (uintptr_t)buf;
	h_fault_hi = (uintptr_t)buf + 30;
	h_lseek(p, (int)rootfd, 0, LINUX_SEEK_SET);
	CHECK_EQ(h_getdents(p, (int)rootfd, buf, sizeof buf), E(EFAULT));
	h_fault_lo = (uintptr_t)buf + 30;
	h_fault_hi = (uintptr_t)buf + 1024;
	h_lseek(p, (int)rootfd, 0, LINUX_SEEK_SET);
	CHECK_EQ(h_getdents(p, (int)rootfd, buf, sizeof buf), 24);
	CHECK_EQ(h_end(), 0);
}

static void t_ls_order(void)
{
	char out[256];
	p = h_begin();
	h_mkfile(p, "/c", "");
	h_mkfile(p, "/a", "");
	h_mkfile(p, "/b", "");
	CHECK_EQ(h_ls(p, "/", out, sizeof out), 5);
	CHECK_STR(out, ". .. c a b");
	CHECK_EQ(h_end(), 0);
}

static void t_rename_files(void)
{
	char buf[8], out[128];
	p = h_begin();
	h_mkfile(p, "/a", "A");
	h_mkfile(p, "/b", "B");
	vfs_mkdirat(p, CWD, "/d", 0755);
	long ib = ino("/b");
	CHECK_EQ(vfs_renameat2(p, CWD, "/a", CWD, "/d/a2", 0), 0);
	CHECK_EQ(h_cat(p, "/d/a2", buf, sizeof buf), 1);
	CHECK_EQ(ino("/a"), E(ENOENT));
	CHECK_EQ(size("/d"), 60);
	CHECK_EQ(vfs_renameat2(p, CWD, "/d/a2", CWD, "/b", 0), 0);
	CHECK_EQ(h_cat(p, "/b", buf, sizeof buf), 1);
	CHECK_STR(buf, "A");
	CHECK(ino("/b") != ib);
	CHECK_EQ(vfs_renameat2(p, CWD, "/none", CWD, "/x", 0), E(ENOENT));
	CHECK_EQ(vfs_renameat2(p, CWD, "/b", CWD, "/none/x", 0), E(ENOENT));
	CHECK_EQ(vfs_renameat2(p, CWD, "/b/", CWD, "/x", 0), E(ENOTDIR));
	CHECK_EQ(vfs_renameat2(p, CWD, "/b", CWD, "/x/", 0), E(ENOTDIR));
	CHECK_EQ(vfs_renameat2(p, CWD, "/b", CWD, "/d", 0), E(EISDIR));
	CHECK_EQ(vfs_renameat2(p, CWD, "/b", CWD, "/b", 0), 0);
	CHECK_EQ(vfs_renameat2(p, CWD, "/.", CWD, "/x", 0), E(EBUSY));
	CHECK_EQ(vfs_renameat2(p, CWD, "/b", CWD, "/d/..", 0), E(EBUSY));
	CHECK_EQ(vfs_renameat2(p, CWD, "/b", CWD, "/", LINUX_RENAME_NOREPLACE), E(EEXIST));
	/* two names of one file: nothing happens */
	CHECK_EQ(vfs_linkat(p, CWD, "/b", CWD, "/b2", 0), 0);
	CHECK_EQ(vfs_renameat2(p, CWD, "/b", CWD, "/b2", 0), 0);
	CHECK_EQ(nlink("/b"), 2);
	CHECK_EQ(h_ls(p, "/", out, sizeof out), 5);
	CHECK_STR(out, ". .. d b b2");
	CHECK_EQ(h_end(), 0);
}

static void t_rename_dirs(void)
{
	char cwd[64];
	p = h_begin();
	vfs_mkdirat(p, CWD, "/a", 0755);
	vfs_mkdirat(p, CWD, "/a/b", 0755);
	vfs_mkdirat(p, CWD, "/c", 0755);
	vfs_mkdirat(p, CWD, "/e", 0755);
	vfs_mkdirat(p, CWD, "/full", 0755);
	h_mkfile(p, "/full/f", "");
	h_mkfile(p, "/file", "");
	CHECK_EQ(vfs_renameat2(p, CWD, "/a", CWD, "/a/b/x", 0), E(EINVAL));
	CHECK_EQ(vfs_renameat2(p, CWD, "/a", CWD, "/a/x", 0), E(EINVAL));
	CHECK_EQ(vfs_renameat2(p, CWD, "/a/b", CWD, "/a", 0), E(ENOTEMPTY));
	CHECK_EQ(vfs_renameat2(p, CWD, "/a", CWD, "/full", 0), E(ENOTEMPTY));
	CHECK_EQ(vfs_renameat2(p, CWD, "/a", CWD, "/file", 0), E(ENOTDIR));
	CHECK_EQ(vfs_renameat2(p, CWD, "/a/", CWD, "/c/", 0), 0);
	CHECK_EQ(nlink("/"), 5);
	CHECK_EQ(nlink("/c"), 3);
	CHECK_EQ(vfs_chdir(p, "/c/b"), 0);
	CHECK_EQ(vfs_renameat2(p, CWD, "/c/b", CWD, "/e/b", 0), 0);
	CHECK_EQ(nlink("/c"), 2);
	CHECK_EQ(nlink("/e"), 3);
	CHECK_EQ(h_getcwd(p, cwd, sizeof cwd), 5);
	CHECK_STR(cwd, "/e/b");
	CHECK_EQ(ino(".."), ino("/e"));
	CHECK_EQ(vfs_check(NULL), 0);
	CHECK_EQ(h_end(), 0);
}

static void t_rename_exchange(void)
{
	char buf[8];
	p = h_begin();
	vfs_mkdirat(p, CWD, "/d", 0755);
	vfs_mkdirat(p, CWD, "/d/sub", 0755);
	h_mkfile(p, "/f", "F");
	CHECK_EQ(vfs_renameat2(p, CWD, "/f", CWD, "/none", LINUX_RENAME_EXCHANGE), E(ENOENT));
	CHECK_EQ(vfs_renameat2(p, CWD, "/f", CWD, "/d/sub",
			       LINUX_RENAME_EXCHANGE | LINUX_RENAME_NOREPLACE), E(EINVAL));
	CHECK_EQ(vfs_renameat2(p, CWD, "/f", CWD, "/d", LINUX_RENAME_WHITEOUT << 1), E(EINVAL));
	CHECK_EQ(vfs_renameat2(p, CWD, "/f", CWD, "/d/sub", LINUX_RENAME_EXCHANGE), 0);
	CHECK_EQ(h_mode(p, "/f", 0), LINUX_S_IFDIR | 0755);
	CHECK_EQ(h_cat(p, "/d/sub", buf, sizeof buf), 1);
	CHECK_EQ(nlink("/"), 4);
	CHECK_EQ(nlink("/d"), 2);
	CHECK_EQ(ino("/f/.."), ino("/"));
	CHECK_EQ(vfs_renameat2(p, CWD, "/d", CWD, "/d/sub", LINUX_RENAME_EXCHANGE), E(EINVAL));
	CHECK_EQ(vfs_check(NULL), 0);
	CHECK_EQ(h_end(), 0);
}

static void t_rename_replaces_dir(void)
{
	struct vfs_stats s0, s1;
	p = h_begin();
	vfs_mkdirat(p, CWD, "/a", 0755);
	vfs_mkdirat(p, CWD, "/p", 0755);
	vfs_mkdirat(p, CWD, "/p/empty", 0755);
	vfs_check(&s0);
	CHECK_EQ(vfs_renameat2(p, CWD, "/a", CWD, "/p/empty", 0), 0);
	CHECK_EQ(vfs_check(&s1), 0);
	CHECK_EQ(s1.vnodes, s0.vnodes - 1);
	CHECK_EQ(nlink("/"), 3);
	CHECK_EQ(nlink("/p"), 3);
	h_mkfile(p, "/file", "");
	CHECK_EQ(vfs_renameat2(p, CWD, "/file", CWD, "/p/empty", 0), E(EISDIR));
	CHECK_EQ(h_end(), 0);
}

static void t_link(void)
{
	char buf[8];
	p = h_begin();
	h_mkfile(p, "/f", "abc");
	vfs_mkdirat(p, CWD, "/d", 0755);
	vfs_symlinkat(p, "f", CWD, "/l");
	CHECK_EQ(vfs_linkat(p, CWD, "/f", CWD, "/d/g", 0), 0);
	CHECK_EQ(nlink("/f"), 2);
	CHECK_EQ(ino("/d/g"), ino("/f"));
	CHECK_EQ(vfs_linkat(p, CWD, "/d", CWD, "/d2", 0), E(EPERM));
	CHECK_EQ(vfs_linkat(p, CWD, "/f", CWD, "/d/g", 0), E(EEXIST));
	CHECK_EQ(vfs_linkat(p, CWD, "/f", CWD, "/new/", 0), E(ENOENT));
	CHECK_EQ(vfs_linkat(p, CWD, "/none", CWD, "/x", 0), E(ENOENT));
	CHECK_EQ(vfs_linkat(p, CWD, "/f", CWD, "/x", 0x100), E(EINVAL));
	CHECK_EQ(vfs_linkat(p, CWD, "/l", CWD, "/l2", 0), 0);
	CHECK_EQ(h_mode(p, "/l2", 1), LINUX_S_IFLNK | 0777);
	CHECK_EQ(vfs_linkat(p, CWD, "/l", CWD, "/l3", LINUX_AT_SYMLINK_FOLLOW), 0);
	CHECK_EQ(ino("/l3"), ino("/f"));
	CHECK_EQ(vfs_unlinkat(p, CWD, "/f", 0), 0);
	CHECK_EQ(h_cat(p, "/d/g", buf, sizeof buf), 3);
	CHECK_EQ(nlink("/d/g"), 2);
	CHECK_EQ(h_end(), 0);
}

static void t_symlink_readlink(void)
{
	char buf[300];
	static char target[5000];
	p = h_begin();
	h_mkfile(p, "/f", "");
	CHECK_EQ(vfs_symlinkat(p, "some/where", CWD, "/l"), 0);
	CHECK_EQ(size("/l"), 10);
	CHECK_EQ(vfs_symlinkat(p, "x", CWD, "/l"), E(EEXIST));
	CHECK_EQ(vfs_symlinkat(p, "x", CWD, "/f"), E(EEXIST));
	CHECK_EQ(vfs_symlinkat(p, "", CWD, "/e"), E(ENOENT));
	CHECK_EQ(vfs_symlinkat(p, "x", CWD, "/new/"), E(ENOENT));
	CHECK_EQ(vfs_symlinkat(p, "x", CWD, "/none/l"), E(ENOENT));
	CHECK_EQ(h_readlink(p, "/l", buf, sizeof buf), 10);
	CHECK_STR(buf, "some/where");
	CHECK_EQ(h_readlink(p, "/l", buf, 5), 4);
	CHECK_STR(buf, "some");
	CHECK_EQ(h_readlink(p, "/f", buf, sizeof buf), E(EINVAL));
	CHECK_EQ(h_readlink(p, "/none", buf, sizeof buf), E(ENOENT));
	CHECK_EQ(h_readlink(p, "/l/", buf, sizeof buf), E(ENOENT));
	struct vfs_io io;
	vfs_io_buf(&io, &h_ops, NULL, (uintptr_t)buf, 0);
	CHECK_EQ(vfs_readlinkat(p, CWD, "/l", &io), E(EINVAL));
	vfs_io_buf(&io, &h_ops, NULL, (uintptr_t)buf, 0xffffffffu);
	CHECK_EQ(vfs_readlinkat(p, CWD, "/l", &io), E(EINVAL));
	/* an empty path reads the symlink an O_PATH|O_NOFOLLOW fd names */
	long fd = h_open(p, "/l", O(PATH) | O(NOFOLLOW), 0);
	vfs_io_buf(&io, &h_ops, NULL, (uintptr_t)buf, sizeof buf);
	CHECK_EQ(vfs_readlinkat(p, (int)fd, "", &io), 10);
	long ffd = h_open(p, "/f", O(RDONLY), 0);
	CHECK_EQ(vfs_readlinkat(p, (int)ffd, "", &io), E(ENOENT));
	h_fault_lo = (uintptr_t)buf + 3;
	h_fault_hi = (uintptr_t)buf + 300;
	CHECK_EQ(vfs_readlinkat(p, CWD, "/l", &io), E(EFAULT));
	h_fault_lo = h_fault_hi = 0;
	/* long targets: st_blocks as tmpfs (a page once 128 bytes with the NUL) */
	memset(target, 't', 127);
	CHECK_EQ(vfs_symlinkat(p, target, CWD, "/s127"), 0);
	memset(target, 't', 128);
	CHECK_EQ(vfs_symlinkat(p, target, CWD, "/s128"), 0);
	struct linux_stat64 st;
	CHECK_EQ(h_lstat(p, "/s127", &st), 0);
	CHECK_EQ(st.st_blocks, 0);
	CHECK_EQ(h_lstat(p, "/s128", &st), 0);
	CHECK_EQ(st.st_blocks, 8);
	memset(target, 't', 4096);
	CHECK_EQ(vfs_symlinkat(p, target, CWD, "/huge"), E(ENAMETOOLONG));
	CHECK_EQ(h_end(), 0);
}

static void t_mknod(void)
{
	struct linux_stat64 st;
	p = h_begin();
	CHECK_EQ(vfs_mknodat(p, CWD, "/c", LINUX_S_IFCHR | 0620, LINUX_NEW_ENCODE_DEV(4, 300)), 0);
	CHECK_EQ(h_stat(p, "/c", &st), 0);
	CHECK_EQ(st.st_mode, LINUX_S_IFCHR | 0600);
	CHECK_EQ(st.st_rdev, LINUX_NEW_ENCODE_DEV(4, 300));
	CHECK_EQ(st.st_size, 0);
	CHECK_EQ(vfs_mknodat(p, CWD, "/p", LINUX_S_IFIFO | 0666, 1234), 0);
	CHECK_EQ(h_stat(p, "/p", &st), 0);
	CHECK_EQ(st.st_mode, LINUX_S_IFIFO | 0644);
	CHECK_EQ(st.st_rdev, 0);
	CHECK_EQ(vfs_mknodat(p, CWD, "/r", 0644, 0), 0);
	CHECK_EQ(h_mode(p, "/r", 0), LINUX_S_IFREG | 0644);
	CHECK_EQ(vfs_mknodat(p, CWD, "/r2", LINUX_S_IFREG | 0644, 0), 0);
	CHECK_EQ(vfs_mknodat(p, CWD, "/d", LINUX_S_IFDIR | 0755, 0), E(EPERM));
	CHECK_EQ(vfs_mknodat(p, CWD, "/x", 0170000, 0), E(EINVAL));
	CHECK_EQ(vfs_mknodat(p, CWD, "/x", 0150000, 0), E(EINVAL));
	CHECK_EQ(vfs_mknodat(p, CWD, "/p", LINUX_S_IFIFO | 0666, 0), E(EEXIST));
	CHECK_EQ(vfs_mknodat(p, CWD, "/q/", LINUX_S_IFIFO | 0666, 0), E(ENOENT));
	CHECK_EQ(h_end(), 0);
}

static const struct unit_test tests[] = {
	{ "mkdir", t_mkdir },
	{ "rmdir", t_rmdir },
	{ "unlink", t_unlink },
	{ "getdents", t_getdents },
	{ "getdents_inodes", t_getdents_inodes },
	{ "ls_order", t_ls_order },
	{ "rename_files", t_rename_files },
	{ "rename_dirs", t_rename_dirs },
	{ "rename_exchange", t_rename_exchange },
	{ "rename_replaces_dir", t_rename_replaces_dir },
	{ "link", t_link },
	{ "symlink_readlink", t_symlink_readlink },
	{ "mknod", t_mknod },
};

UNIT_MAIN("vfs_dir", tests)
