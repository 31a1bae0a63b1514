/*
 * fs0/vfs openat and close, the fd table (lowest free fd, RLIMIT_NOFILE,
 * FD_CLOEXEC), dup/dup2/dup3/fcntl, O_PATH, O_TMPFILE, and what fork, exec
 * and exit do to descriptors.
 */
#include "unit.h"
#include "vfs_harness.h"

#define E(x) (-LINUX_##x)
#define O(x) LINUX_O_##x

static struct vfs_proc *p;

static void t_create_and_modes(void)
{
	struct linux_stat64 st;
	p = h_begin();
	CHECK_EQ(h_open(p, "/f", O(RDONLY), 0), E(ENOENT));
	long fd = h_open(p, "/f", O(CREAT) | O(WRONLY), 06777);
	CHECK_EQ(fd, 0);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_mode, LINUX_S_IFREG | 06755);
	CHECK_EQ(st.st_nlink, 1);
	CHECK_EQ(vfs_umask(p, 077), 022);
	CHECK_EQ(h_open(p, "/g", O(CREAT) | O(RDWR), 0666), 1);
	CHECK_EQ(h_mode(p, "/g", 0), LINUX_S_IFREG | 0600);
	CHECK_EQ(h_open(p, "/f", O(CREAT) | O(EXCL) | O(RDWR), 0666), E(EEXIST));
	CHECK_EQ(h_open(p, "/f", O(EXCL) | O(RDWR), 0), 2);
	CHECK_EQ(h_open(p, "/nodir/f", O(CREAT) | O(RDWR), 0666), E(ENOENT));
	CHECK_EQ(h_open(p, "/f/x", O(CREAT) | O(RDWR), 0666), E(ENOTDIR));
	CHECK_EQ(h_open(p, "", O(CREAT) | O(RDWR), 0666), E(ENOENT));
	CHECK_EQ(h_end(), 0);
}

static void t_truncate_on_open(void)
{
	struct linux_stat64 st;
	char buf[8];
	p = h_begin();
	h_mkfile(p, "/f", "hello");
	long fd = h_open(p, "/f", O(RDONLY) | O(TRUNC), 0);
	CHECK(fd >= 0);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_size, 0);
	CHECK_EQ(st.st_blocks, 0);
	h_mkfile(p, "/f", "hello");
	CHECK_EQ(h_cat(p, "/f", buf, sizeof buf), 5);
	CHECK_EQ(h_end(), 0);
}

static void t_directories(void)
{
	p = h_begin();
	vfs_mkdirat(p, LINUX_AT_FDCWD, "/d", 0755);
	h_mkfile(p, "/f", "x");
	CHECK(h_open(p, "/d", O(RDONLY), 0) >= 0);
	CHECK(h_open(p, "/d", O(RDONLY) | O(DIRECTORY), 0) >= 0);
	CHECK_EQ(h_open(p, "/f", O(RDONLY) | O(DIRECTORY), 0), E(ENOTDIR));
	CHECK_EQ(h_open(p, "/d", O(WRONLY), 0), E(EISDIR));
	CHECK_EQ(h_open(p, "/d", O(RDWR), 0), E(EISDIR));
	CHECK_EQ(h_open(p, "/d", O(RDONLY) | O(TRUNC), 0), E(EISDIR));
	CHECK_EQ(h_open(p, "/d", O(CREAT) | O(RDONLY), 0644), E(EISDIR));
	CHECK_EQ(h_open(p, "/", O(CREAT) | O(RDONLY), 0644), E(EISDIR));
	CHECK_EQ(h_open(p, ".", O(CREAT) | O(EXCL) | O(RDONLY), 0644), E(EEXIST));
	CHECK_EQ(h_open(p, "/new/", O(CREAT) | O(RDWR), 0644), E(EISDIR));
	CHECK_EQ(h_open(p, "/f/", O(CREAT) | O(RDWR), 0644), E(EISDIR));
	CHECK_EQ(h_open(p, "/d", O(CREAT) | O(DIRECTORY) | O(RDONLY), 0644), E(EINVAL));
	CHECK_EQ(h_end(), 0);
}

static void t_lowest_fd_and_close(void)
{
	p = h_begin();
	h_mkfile(p, "/f", "x");
	CHECK_EQ(h_open(p, "/f", O(RDONLY), 0), 0);
	CHECK_EQ(h_open(p, "/f", O(RDONLY), 0), 1);
	CHECK_EQ(h_open(p, "/f", O(RDONLY), 0), 2);
	CHECK_EQ(vfs_close(p, 1), 0);
	CHECK_EQ(vfs_close(p, 1), E(EBADF));
	CHECK_EQ(vfs_close(p, -1), E(EBADF));
	CHECK_EQ(vfs_close(p, 5000), E(EBADF));
	CHECK_EQ(h_open(p, "/f", O(RDONLY), 0), 1);
	CHECK_EQ(h_open(p, "/f", O(RDONLY), 0), 3);
	CHECK_EQ(h_end(), 0);
}

static void t_emfile(void)
{
	p = h_begin();
	h_mkfile(p, "/f", "x");
	vfs_proc_set_nofile(p, 5);
	for (int i = 0; i < 5; i++)
		CHECK_EQ(h_open(p, "/f", O(RDONLY), 0), i);
	CHECK_EQ(h_open(p, "/f", O(RDONLY), 0), E(EMFILE));
	CHECK_EQ(vfs_dup(p, 0), E(EMFILE));
	CHECK_EQ(vfs_fcntl(p, 0, LINUX_F_DUPFD, 0), E(EMFILE));
	/* EMFILE comes before the lookup's errors */
	CHECK_EQ(h_open(p, "/missing", O(RDONLY), 0), E(EMFILE));
	/* an unlimited limit is Linux's nr_open; a huge dup2 target just fails to fit */
	vfs_proc_set_nofile(p, 0xffffffffu);
	h_alloc_fail_after = 0;
	CHECK_EQ(vfs_dup2(p, 0, (int)VFS_NR_OPEN - 1), E(ENOMEM));
	h_alloc_fail_after = -1;
	CHECK_EQ(vfs_dup2(p, 0, (int)VFS_NR_OPEN), E(EBADF));
	CHECK_EQ(vfs_dup2(p, 0, 0x7fffffff), E(EBADF));
	CHECK_EQ(h_end(), 0);
}

static void t_many_fds(void)
{
	p = h_begin();
	h_mkfile(p, "/f", "x");
	for (int i = 0; i < 1024; i++)
		if (h_open(p, "/f", O(RDONLY), 0) != i)
			CHECK(!"fd out of order");
	CHECK_EQ(h_open(p, "/f", O(RDONLY), 0), E(EMFILE));
	CHECK_EQ(vfs_check(NULL), 0);
	CHECK_EQ(h_end(), 0);
}

static void t_flags_kept(void)
{
	p = h_begin();
	long fd = h_open(p, "/f", O(CREAT) | O(TRUNC) | O(EXCL) | O(RDWR) | O(APPEND) |
			 O(NONBLOCK) | O(CLOEXEC) | O(LARGEFILE) | 0x80000000u, 0644);
	CHECK_EQ(vfs_fcntl(p, (int)fd, LINUX_F_GETFL, 0),
		 O(RDWR) | O(APPEND) | O(NONBLOCK) | O(LARGEFILE));
	CHECK_EQ(vfs_fcntl(p, (int)fd, LINUX_F_GETFD, 0), LINUX_FD_CLOEXEC);
	long fd2 = h_open(p, "/f", O(WRONLY), 0);
	CHECK_EQ(vfs_fcntl(p, (int)fd2, LINUX_F_GETFD, 0), 0);
	/* F_SETFL changes O_APPEND and O_NONBLOCK only */
	CHECK_EQ(vfs_fcntl(p, (int)fd2, LINUX_F_SETFL, O(APPEND) | O(RDWR) | O(NOFOLLOW)), 0);
	CHECK_EQ(vfs_fcntl(p, (int)fd2, LINUX_F_GETFL, 0), O(WRONLY) | O(APPEND));
	CHECK_EQ(vfs_fcntl(p, (int)fd2, LINUX_F_SETFL, O(NONBLOCK)), 0);
	CHECK_EQ(vfs_fcntl(p, (int)fd2, LINUX_F_GETFL, 0), O(WRONLY) | O(NONBLOCK));
	CHECK_EQ(vfs_fcntl(p, (int)fd2, LINUX_F_SETFD, 3), 0);
	CHECK_EQ(vfs_fcntl(p, (int)fd2, LINUX_F_GETFD, 0), LINUX_FD_CLOEXEC);
	CHECK_EQ(vfs_fcntl(p, (int)fd2, LINUX_F_SETFD, 0), 0);
	CHECK_EQ(vfs_fcntl(p, (int)fd2, LINUX_F_GETFD, 0), 0);
	CHECK_EQ(vfs_fcntl(p, (int)fd2, 9999, 0), E(EINVAL));
	CHECK_EQ(vfs_fcntl(p, 77, LINUX_F_GETFL, 0), E(EBADF));
	CHECK_EQ(h_end(), 0);
}

static void t_access_modes(void)
{
	char c = 'x';
	p = h_begin();
	h_mkfile(p, "/f", "abc");
	long r = h_open(p, "/f", O(RDONLY), 0), w = h_open(p, "/f", O(WRONLY), 0);
	long n = h_open(p, "/f", O(ACCMODE), 0);
	CHECK(n >= 0);
	CHECK_EQ(h_write(p, (int)r, &c, 1), E(EBADF));
	CHECK_EQ(h_read(p, (int)w, &c, 1), E(EBADF));
	CHECK_EQ(h_read(p, (int)n, &c, 1), E(EBADF));
	CHECK_EQ(h_write(p, (int)n, &c, 1), E(EBADF));
	CHECK_EQ(h_read(p, 55, &c, 1), E(EBADF));
	CHECK_EQ(h_write(p, -1, &c, 1), E(EBADF));
	CHECK_EQ(h_end(), 0);
}

static void t_o_path(void)
{
	struct linux_stat64 st;
	char c;
	p = h_begin();
	vfs_mkdirat(p, LINUX_AT_FDCWD, "/d", 0755);
	h_mkfile(p, "/f", "abc");
	long fd = h_open(p, "/f", O(PATH) | O(RDWR) | O(CREAT) | O(TRUNC), 0);
	CHECK(fd >= 0);
	CHECK_EQ(vfs_fcntl(p, (int)fd, LINUX_F_GETFL, 0), O(PATH));
	CHECK_EQ(h_read(p, (int)fd, &c, 1), E(EBADF));
	CHECK_EQ(h_write(p, (int)fd, &c, 1), E(EBADF));
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_SET), E(EBADF));
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_size, 3);
	CHECK_EQ(vfs_fcntl(p, (int)fd, LINUX_F_SETFL, 0), E(EBADF));
	CHECK_EQ(vfs_fchmod(p, (int)fd, 0600), E(EBADF));
	CHECK_EQ(vfs_ftruncate(p, (int)fd, 0), E(EBADF));
	CHECK_EQ(vfs_fsync(p, (int)fd), E(EBADF));
	CHECK_EQ(h_ioctl(p, (int)fd, 0x5401, &c), E(EBADF));
	CHECK(vfs_dup(p, (int)fd) >= 0);
	CHECK_EQ(h_open(p, "/new", O(PATH) | O(CREAT), 0644), E(ENOENT));
	long d = h_open(p, "/d", O(PATH), 0);
	CHECK_EQ(h_getdents(p, (int)d, &st, sizeof st), E(EBADF));
	CHECK_EQ(vfs_fchdir(p, (int)d), 0);
	CHECK_EQ(h_mode(p, ".", 0), LINUX_S_IFDIR | 0755);
	CHECK_EQ(h_end(), 0);
}

static void t_tmpfile(void)
{
	struct linux_stat64 st;
	char buf[8];
	p = h_begin();
	CHECK_EQ(h_open(p, "/", O(TMPFILE) | O(RDONLY), 0600), E(EINVAL));
	CHECK_EQ(h_open(p, "/", O(TMPFILE) | O(CREAT) | O(RDWR), 0600), E(EINVAL));
	long fd = h_open(p, "/", O(TMPFILE) | O(RDWR), 0600);
	CHECK(fd >= 0);
	CHECK_EQ(h_puts(p, (int)fd, "tmp"), 3);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_nlink, 0);
	CHECK_EQ(st.st_mode, LINUX_S_IFREG | 0600);
	CHECK_EQ(vfs_linkat(p, (int)fd, "", LINUX_AT_FDCWD, "/named", LINUX_AT_EMPTY_PATH), 0);
	CHECK_EQ(h_cat(p, "/named", buf, sizeof buf), 3);
	long ex = h_open(p, "/", O(TMPFILE) | O(EXCL) | O(RDWR), 0600);
	CHECK_EQ(vfs_linkat(p, (int)ex, "", LINUX_AT_FDCWD, "/no", LINUX_AT_EMPTY_PATH), E(ENOENT));
	CHECK_EQ(h_open(p, "/named", O(TMPFILE) | O(RDWR), 0600), E(ENOTDIR));
	CHECK_EQ(h_end(), 0);
}

static void t_unlinked_while_open(void)
{
	struct linux_stat64 st;
	struct vfs_stats s0, s1;
	char buf[8];
	p = h_begin();
	h_mkfile(p, "/f", "alive");
	vfs_check(&s0);
	long fd = h_open(p, "/f", O(RDWR), 0);
	CHECK_EQ(vfs_unlinkat(p, LINUX_AT_FDCWD, "/f", 0), 0);
	CHECK_EQ(h_stat(p, "/f", &st), E(ENOENT));
	CHECK_EQ(h_read(p, (int)fd, buf, 5), 5);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_nlink, 0);
	CHECK_EQ(vfs_check(&s1), 0);
	CHECK_EQ(s1.vnodes, s0.vnodes);
	CHECK_EQ(s1.pages, 1);
	CHECK_EQ(vfs_close(p, (int)fd), 0);
	CHECK_EQ(vfs_check(&s1), 0);
	CHECK_EQ(s1.vnodes, s0.vnodes - 1);
	CHECK_EQ(s1.pages, 0);
	CHECK_EQ(h_end(), 0);
}

static void t_special_nodes(void)
{
	p = h_begin();
	vfs_mknodat(p, LINUX_AT_FDCWD, "/fifo", LINUX_S_IFIFO | 0644, 0);
	vfs_mknodat(p, LINUX_AT_FDCWD, "/sock", LINUX_S_IFSOCK | 0644, 0);
	vfs_mknodat(p, LINUX_AT_FDCWD, "/blk", LINUX_S_IFBLK | 0644, LINUX_NEW_ENCODE_DEV(8, 0));
	vfs_mknodat(p, LINUX_AT_FDCWD, "/chr", LINUX_S_IFCHR | 0644, LINUX_NEW_ENCODE_DEV(99, 0));
	CHECK_EQ(h_open(p, "/fifo", O(RDONLY), 0), E(ENXIO));
	CHECK_EQ(h_open(p, "/sock", O(RDONLY), 0), E(ENXIO));
	CHECK_EQ(h_open(p, "/blk", O(RDONLY), 0), E(ENXIO));
	CHECK_EQ(h_open(p, "/chr", O(RDONLY), 0), E(ENXIO));
	CHECK(h_open(p, "/fifo", O(PATH), 0) >= 0);
	CHECK(h_open(p, "/chr", O(PATH), 0) >= 0);
	CHECK_EQ(h_end(), 0);
}

static void t_dup(void)
{
	char buf[8];
	p = h_begin();
	h_mkfile(p, "/f", "abcdef");
	long fd = h_open(p, "/f", O(RDONLY) | O(CLOEXEC), 0);
	long d = vfs_dup(p, (int)fd);
	CHECK_EQ(d, 1);
	CHECK_EQ(vfs_fcntl(p, (int)d, LINUX_F_GETFD, 0), 0);
	CHECK_EQ(h_read(p, (int)fd, buf, 2), 2);
	CHECK_EQ(h_read(p, (int)d, buf, 2), 2);
	CHECK_EQ(buf[0], 'c');
	CHECK_EQ(vfs_dup(p, 9), E(EBADF));
	CHECK_EQ(vfs_close(p, (int)fd), 0);
	CHECK_EQ(h_read(p, (int)d, buf, 2), 2);
	CHECK_EQ(buf[0], 'e');
	CHECK_EQ(h_end(), 0);
}

static void t_dup2_dup3(void)
{
	char buf[8];
	p = h_begin();
	h_mkfile(p, "/f", "abc");
	h_mkfile(p, "/g", "xyz");
	long f = h_open(p, "/f", O(RDONLY), 0), g = h_open(p, "/g", O(RDONLY) | O(CLOEXEC), 0);
	CHECK_EQ(vfs_dup2(p, (int)f, (int)f), f);
	CHECK_EQ(vfs_dup2(p, 7, 7), E(EBADF));
	CHECK_EQ(vfs_dup2(p, 7, 8), E(EBADF));
	CHECK_EQ(vfs_dup2(p, (int)f, (int)g), g);
	CHECK_EQ(vfs_fcntl(p, (int)g, LINUX_F_GETFD, 0), 0);
	CHECK_EQ(h_read(p, (int)g, buf, 3), 3);
	CHECK_EQ(buf[0], 'a');
	CHECK_EQ(vfs_dup2(p, (int)f, 100), 100);
	CHECK_EQ(vfs_dup2(p, (int)f, 1024), E(EBADF));
	CHECK_EQ(vfs_dup2(p, (int)f, -1), E(EBADF));
	CHECK_EQ(vfs_dup3(p, (int)f, (int)f, 0), E(EINVAL));
	CHECK_EQ(vfs_dup3(p, (int)f, 5, O(APPEND)), E(EINVAL));
	CHECK_EQ(vfs_dup3(p, (int)f, 5, O(CLOEXEC)), 5);
	CHECK_EQ(vfs_fcntl(p, 5, LINUX_F_GETFD, 0), LINUX_FD_CLOEXEC);
	CHECK_EQ(vfs_dup3(p, 9, 6, 0), E(EBADF));
	CHECK_EQ(h_end(), 0);
}

static void t_fcntl_dupfd(void)
{
	p = h_begin();
	h_mkfile(p, "/f", "abc");
	long f = h_open(p, "/f", O(RDONLY), 0);
	CHECK_EQ(vfs_fcntl(p, (int)f, LINUX_F_DUPFD, 10), 10);
	CHECK_EQ(vfs_fcntl(p, (int)f, LINUX_F_DUPFD, 10), 11);
	CHECK_EQ(vfs_fcntl(p, (int)f, LINUX_F_DUPFD, 0), 1);
	CHECK_EQ(vfs_fcntl(p, (int)f, LINUX_F_DUPFD_CLOEXEC, 3), 3);
	CHECK_EQ(vfs_fcntl(p, 3, LINUX_F_GETFD, 0), LINUX_FD_CLOEXEC);
	CHECK_EQ(vfs_fcntl(p, (int)f, LINUX_F_DUPFD, 1024), E(EINVAL));
	CHECK_EQ(vfs_fcntl(p, (int)f, LINUX_F_DUPFD, (uint32_t)-1), E(EINVAL));
	CHECK_EQ(vfs_fcntl(p, (int)f, LINUX_F_DUPFD, 1023), 1023);
	CHECK_EQ(vfs_fcntl(p, (int)f, LINUX_F_DUPFD, 1023), E(EMFILE));
	CHECK_EQ(h_end(), 0);
}

static void t_fork_exec_exit(void)
{
	struct vfs_proc *c, *t;
	struct vfs_stats s;
	char buf[8];
	p = h_begin();
	h_mkfile(p, "/f", "abcdef");
	vfs_mkdirat(p, LINUX_AT_FDCWD, "/d", 0755);
	vfs_chdir(p, "/d");
	vfs_umask(p, 027);
	long f = h_open(p, "/f", O(RDONLY), 0), x = h_open(p, "/f", O(RDONLY) | O(CLOEXEC), 0);
	CHECK_EQ(vfs_proc_fork(p, 0, &c), 0);
	CHECK_EQ(h_read(p, (int)f, buf, 2), 2);
	CHECK_EQ(h_read(c, (int)f, buf, 2), 2);
	CHECK_EQ(buf[0], 'c');
	CHECK_EQ(vfs_umask(c, 0), 027);
	CHECK_EQ(h_mode(c, ".", 0), LINUX_S_IFDIR | 0755);
	CHECK_EQ(vfs_close(c, (int)f), 0);
	CHECK_EQ(h_read(p, (int)f, buf, 1), 1);
	CHECK_EQ(vfs_proc_exec(c), 0);
	CHECK_EQ(vfs_fcntl(c, (int)x, LINUX_F_GETFD, 0), E(EBADF));
	CHECK_EQ(vfs_fcntl(p, (int)x, LINUX_F_GETFD, 0), LINUX_FD_CLOEXEC);
	/* a shared table: a close in one is a close in both, until exec unshares */
	CHECK_EQ(vfs_proc_fork(p, 1, &t), 0);
	CHECK_EQ(vfs_check(&s), 0);
	CHECK_EQ(s.fdtables, 2);
	CHECK_EQ(s.procs, 3);
	CHECK_EQ(vfs_close(t, (int)f), 0);
	CHECK_EQ(vfs_close(p, (int)f), E(EBADF));
	CHECK_EQ(vfs_proc_exec(t), 0);
	CHECK_EQ(vfs_fcntl(t, (int)x, LINUX_F_GETFD, 0), E(EBADF));
	CHECK_EQ(vfs_fcntl(p, (int)x, LINUX_F_GETFD, 0), LINUX_FD_CLOEXEC);
	CHECK_EQ(vfs_check(&s), 0);
	CHECK_EQ(s.fdtables, 3);
	vfs_proc_exit(c);
	vfs_proc_exit(t);
	CHECK_EQ(vfs_check(&s), 0);
	CHECK_EQ(s.procs, 1);
	CHECK_EQ(s.files, 1);
	CHECK_EQ(h_end(), 0);
}

static const struct unit_test tests[] = {
	{ "create_and_modes", t_create_and_modes },
	{ "truncate_on_open", t_truncate_on_open },
	{ "directories", t_directories },
	{ "lowest_fd_and_close", t_lowest_fd_and_close },
	{ "emfile", t_emfile },
	{ "many_fds", t_many_fds },
	{ "flags_kept", t_flags_kept },
	{ "access_modes", t_access_modes },
	{ "o_path", t_o_path },
	{ "tmpfile", t_tmpfile },
	{ "unlinked_while_open", t_unlinked_while_open },
	{ "special_nodes", t_special_nodes },
	{ "dup", t_dup },
	{ "dup2_dup3", t_dup2_dup3 },
	{ "fcntl_dupfd", t_fcntl_dupfd },
	{ "fork_exec_exit", t_fork_exec_exit },
};

UNIT_MAIN("vfs_open", tests)
