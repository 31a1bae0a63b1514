/*
 * fs0/vfs data calls: read, write, pread64, pwrite64, readv, writev,
 * lseek/_llseek (SEEK_DATA, SEEK_HOLE, EOVERFLOW), O_APPEND, sparse files,
 * size limits (-EFBIG; files past 2 GiB are test_vfs_large's), a full disk
 * (-ENOSPC), faults part way (-EFAULT or the bytes done), truncate and
 * ftruncate, timestamps.
 */
#include "unit.h"
#include "vfs_harness.h"

#define E(x) (-LINUX_##x)
#define O(x) LINUX_O_##x

static struct vfs_proc *p;
static char big[3 * 4096 + 100];

static long open_rw(const char *path)
{
	return h_open(p, path, O(CREAT) | O(RDWR), 0644);
}

static void t_write_read(void)
{
	char buf[16] = { 0 };
	p = h_begin();
	long fd = open_rw("/f");
	CHECK_EQ(h_puts(p, (int)fd, "hello world"), 11);
	CHECK_EQ(h_read(p, (int)fd, buf, sizeof buf), 0);
	CHECK_EQ(h_lseek(p, (int)fd, 6, LINUX_SEEK_SET), 6);
	CHECK_EQ(h_read(p, (int)fd, buf, sizeof buf), 5);
	CHECK_STR(buf, "world");
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_CUR), 11);
	CHECK_EQ(h_read(p, (int)fd, buf, 0), 0);
	CHECK_EQ(h_write(p, (int)fd, buf, 0), 0);
	CHECK_EQ(h_end(), 0);
}

static void t_directory_read(void)
{
	char c;
	p = h_begin();
	long d = h_open(p, "/", O(RDONLY), 0);
	CHECK_EQ(h_read(p, (int)d, &c, 1), E(EISDIR));
	CHECK_EQ(h_pread(p, (int)d, &c, 1, 0), E(EISDIR));
	CHECK_EQ(h_end(), 0);
}

static void t_multi_page(void)
{
	struct linux_stat64 st;
	static char back[sizeof big];
	p = h_begin();
	for (size_t i = 0; i < sizeof big; i++)
		big[i] = (char)(i * 7 + 1);
	long fd = open_rw("/f");
	CHECK_EQ(h_write(p, (int)fd, big, sizeof big), (long)sizeof big);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_size, (long)sizeof big);
	CHECK_EQ(st.st_blocks, 32);
	CHECK_EQ(st.st_blksize, 4096);
	CHECK_EQ(h_pread(p, (int)fd, back, sizeof back, 0), (long)sizeof big);
	CHECK(!memcmp(back, big, sizeof big));
	CHECK_EQ(h_pread(p, (int)fd, back, 10, 4090), 10);
	CHECK(!memcmp(back, big + 4090, 10));
	CHECK_EQ(h_end(), 0);
}

static void t_sparse(void)
{
	struct linux_stat64 st;
	char buf[8];
	p = h_begin();
	long fd = open_rw("/f");
	CHECK_EQ(h_lseek(p, (int)fd, 10000, LINUX_SEEK_SET), 10000);
	CHECK_EQ(h_puts(p, (int)fd, "x"), 1);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_size, 10001);
	CHECK_EQ(st.st_blocks, 8);
	memset(buf, 'q', sizeof buf);
	CHECK_EQ(h_pread(p, (int)fd, buf, 4, 5000), 4);
	CHECK(!memcmp(buf, "\0\0\0\0", 4));
	CHECK_EQ(h_pread(p, (int)fd, buf, 8, 9998), 3);
	CHECK(!memcmp(buf, "\0\0x", 3));
	CHECK_EQ(h_end(), 0);
}

static void t_append(void)
{
	char buf[16];
	p = h_begin();
	h_mkfile(p, "/f", "abc");
	long fd = h_open(p, "/f", O(RDWR) | O(APPEND), 0);
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_SET), 0);
	CHECK_EQ(h_puts(p, (int)fd, "de"), 2);
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_CUR), 5);
	/* Linux's pwrite on an O_APPEND file appends, ignoring the offset */
	CHECK_EQ(h_pwrite(p, (int)fd, "f", 1, 0), 1);
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_CUR), 5);
	CHECK_EQ(h_cat(p, "/f", buf, sizeof buf), 6);
	CHECK_STR(buf, "abcdef");
	/* an empty or failed append leaves the offset where it was */
	CHECK_EQ(h_lseek(p, (int)fd, 1, LINUX_SEEK_SET), 1);
	CHECK_EQ(h_write(p, (int)fd, "", 0), 0);
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_CUR), 1);
	h_fault_lo = (uintptr_t)buf;
	h_fault_hi = (uintptr_t)buf + sizeof buf;
	CHECK_EQ(h_write(p, (int)fd, buf, 3), E(EFAULT));
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_CUR), 1);
	CHECK_EQ(h_end(), 0);
}

static void t_pread_pwrite(void)
{
	char buf[16] = { 0 };
	p = h_begin();
	long fd = open_rw("/f");
	CHECK_EQ(h_pwrite(p, (int)fd, "xyz", 3, 2), 3);
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_CUR), 0);
	CHECK_EQ(h_pread(p, (int)fd, buf, 5, 0), 5);
	CHECK(!memcmp(buf, "\0\0xyz", 5));
	CHECK_EQ(h_pread(p, (int)fd, buf, 5, 100), 0);
	CHECK_EQ(h_pread(p, (int)fd, buf, 5, -1), E(EINVAL));
	CHECK_EQ(h_pwrite(p, (int)fd, buf, 5, -1), E(EINVAL));
	CHECK_EQ(h_pread(p, 50, buf, 5, -1), E(EINVAL));
	CHECK_EQ(h_pread(p, 50, buf, 5, 0), E(EBADF));
	CHECK_EQ(h_end(), 0);
}

static void t_readv_writev(void)
{
	char a[3], b[5], c[4] = { 0 };
	struct vfs_iovec w[3] = { { (uintptr_t)"ab", 2 }, { (uintptr_t)"", 0 },
				  { (uintptr_t)"cdefg", 5 } };
	struct vfs_iovec r[3] = { { (uintptr_t)a, 3 }, { (uintptr_t)b, 5 }, { (uintptr_t)c, 4 } };
	struct vfs_io io;
	p = h_begin();
	long fd = open_rw("/f");
	CHECK_EQ(vfs_io_vec(&io, &h_ops, NULL, w, 3), 7);
	CHECK_EQ(vfs_writev(p, (int)fd, &io), 7);
	h_lseek(p, (int)fd, 0, LINUX_SEEK_SET);
	CHECK_EQ(vfs_io_vec(&io, &h_ops, NULL, r, 3), 12);
	CHECK_EQ(vfs_readv(p, (int)fd, &io), 7);
	CHECK(!memcmp(a, "abc", 3) && !memcmp(b, "defg", 4));
	CHECK_EQ(vfs_io_vec(&io, &h_ops, NULL, r, 0), 0);
	CHECK_EQ(vfs_readv(p, (int)fd, &io), 0);
	CHECK_EQ(vfs_io_vec(&io, &h_ops, NULL, r, 1025), E(EINVAL));
	CHECK_EQ(vfs_readv(p, (int)fd, &io), E(EINVAL));
	/* a bad fd is reported before a bad vector */
	CHECK_EQ(vfs_readv(p, 33, &io), E(EBADF));
	CHECK_EQ(vfs_io_vec(&io, &h_ops, NULL, r, -1), E(EINVAL));
	struct vfs_iovec huge[2] = { { (uintptr_t)a, 1 }, { (uintptr_t)b, 0x80000000u } };
	CHECK_EQ(vfs_io_vec(&io, &h_ops, NULL, huge, 2), E(EINVAL));
	CHECK_EQ(vfs_writev(p, (int)fd, &io), E(EINVAL));
	/* totals are clamped to MAX_RW_COUNT, not refused */
	struct vfs_iovec many[3] = { { 0, 0x7fffffff }, { 0, 0x7fffffff }, { 0, 5 } };
	CHECK_EQ(vfs_io_vec(&io, &h_ops, NULL, many, 3), (long)VFS_MAX_RW_BYTES);
	CHECK_EQ(h_end(), 0);
}

static void t_count_limits(void)
{
	char c;
	struct vfs_io io;
	p = h_begin();
	long fd = open_rw("/f");
	vfs_io_buf(&io, &h_ops, NULL, (uintptr_t)&c, 0x80000000u);
	CHECK_EQ(vfs_read(p, (int)fd, &io), E(EINVAL));
	CHECK_EQ(vfs_write(p, (int)fd, &io), E(EINVAL));
	CHECK_EQ(h_end(), 0);
}

static void t_faults(void)
{
	struct linux_stat64 st;
	p = h_begin();
	for (size_t i = 0; i < sizeof big; i++)
		big[i] = (char)i;
	long fd = open_rw("/f");
	CHECK_EQ(h_write(p, (int)fd, big, 8000), 8000);
	h_lseek(p, (int)fd, 0, LINUX_SEEK_SET);
	/* reading into a buffer that faults at once, then part way */
	h_fault_lo = (uintptr_t)big;
	h_fault_hi = (uintptr_t)big + sizeof big;
	CHECK_EQ(h_read(p, (int)fd, big, 100), E(EFAULT));
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_CUR), 0);
	h_fault_lo = (uintptr_t)big + 5000;
	CHECK_EQ(h_read(p, (int)fd, big, 6000), 5000);
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_CUR), 5000);
	/* writing from one: the bytes before the fault land, the size follows */
	long g = open_rw("/g");
	CHECK_EQ(h_pwrite(p, (int)g, big, 6000, 100), 5000);
	CHECK_EQ(vfs_fstat(p, (int)g, &st), 0);
	CHECK_EQ(st.st_size, 5100);
	CHECK_EQ(st.st_blocks, 16);
	h_fault_lo = (uintptr_t)big;
	CHECK_EQ(h_pwrite(p, (int)g, big, 10, 20000), E(EFAULT));
	CHECK_EQ(vfs_fstat(p, (int)g, &st), 0);
	CHECK_EQ(st.st_size, 5100);
	CHECK_EQ(st.st_blocks, 16);
	CHECK_EQ(vfs_check(NULL), 0);
	CHECK_EQ(h_end(), 0);
}

static void t_lseek(void)
{
	p = h_begin();
	h_mkfile(p, "/f", "0123456789");
	long fd = h_open(p, "/f", O(RDONLY), 0);
	CHECK_EQ(h_lseek(p, (int)fd, -3, LINUX_SEEK_END), 7);
	CHECK_EQ(h_lseek(p, (int)fd, 2, LINUX_SEEK_CUR), 9);
	CHECK_EQ(h_lseek(p, (int)fd, 100, LINUX_SEEK_END), 110);
	CHECK_EQ(h_lseek(p, (int)fd, -111, LINUX_SEEK_CUR), E(EINVAL));
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_CUR), 110);
	CHECK_EQ(h_lseek(p, (int)fd, -1, LINUX_SEEK_SET), E(EINVAL));
	CHECK_EQ(h_lseek(p, (int)fd, 0, 5), E(EINVAL));
	CHECK_EQ(h_lseek(p, (int)fd, 0, -1), E(EINVAL));
	CHECK_EQ(h_lseek(p, 40, 0, 5), E(EBADF));
	CHECK_EQ(h_lseek(p, (int)fd, (int64_t)0xfffffffffffLL << 4, LINUX_SEEK_SET), E(EINVAL));
	int64_t res;
	CHECK_EQ(vfs_llseek(p, (int)fd, (int64_t)0xffffffffLL << 12, LINUX_SEEK_SET, &res), 0);
	CHECK_EQ(res, (int64_t)0xffffffffLL << 12);
	CHECK_EQ(vfs_llseek(p, (int)fd, INT64_MAX, LINUX_SEEK_CUR, &res), E(EINVAL));
	CHECK_EQ(h_end(), 0);
}

static void t_lseek32(void)
{
	int64_t res;
	p = h_begin();
	long fd = open_rw("/f");
	CHECK_EQ(vfs_lseek(p, (int)fd, 0x7fffffff, LINUX_SEEK_SET), 0x7fffffff);
	CHECK_EQ(vfs_lseek(p, (int)fd, 1, LINUX_SEEK_CUR), E(EOVERFLOW));
	CHECK_EQ(vfs_llseek(p, (int)fd, 0, LINUX_SEEK_CUR, &res), 0);
	CHECK_EQ(res, 0x80000000LL);
	CHECK_EQ(vfs_lseek(p, (int)fd, -1, LINUX_SEEK_SET), E(EINVAL));
	CHECK_EQ(vfs_lseek(p, (int)fd, 5, LINUX_SEEK_SET), 5);
	CHECK_EQ(h_end(), 0);
}

static void t_seek_data_hole(void)
{
	p = h_begin();
	long fd = open_rw("/f");
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_DATA), E(ENXIO));
	h_pwrite(p, (int)fd, "a", 1, 10);
	h_pwrite(p, (int)fd, "b", 1, 8192 + 10);
	h_pwrite(p, (int)fd, "c", 1, 5 * 4096);
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_DATA), 0);
	CHECK_EQ(h_lseek(p, (int)fd, 5, LINUX_SEEK_HOLE), 4096);
	CHECK_EQ(h_lseek(p, (int)fd, 4096, LINUX_SEEK_DATA), 8192);
	CHECK_EQ(h_lseek(p, (int)fd, 8200, LINUX_SEEK_DATA), 8200);
	CHECK_EQ(h_lseek(p, (int)fd, 8200, LINUX_SEEK_HOLE), 12288);
	CHECK_EQ(h_lseek(p, (int)fd, 5 * 4096, LINUX_SEEK_HOLE), 5 * 4096 + 1);
	CHECK_EQ(h_lseek(p, (int)fd, 5 * 4096 + 1, LINUX_SEEK_DATA), E(ENXIO));
	CHECK_EQ(h_lseek(p, (int)fd, -1, LINUX_SEEK_HOLE), E(ENXIO));
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_CUR), 5 * 4096 + 1);
	CHECK_EQ(h_end(), 0);
}

static void t_directory_lseek(void)
{
	p = h_begin();
	long d = h_open(p, "/", O(RDONLY) | O(DIRECTORY), 0);
	CHECK_EQ(h_lseek(p, (int)d, 0, LINUX_SEEK_END), E(EINVAL));
	CHECK_EQ(h_lseek(p, (int)d, 0, LINUX_SEEK_DATA), E(EINVAL));
	CHECK_EQ(h_lseek(p, (int)d, -1, LINUX_SEEK_SET), E(EINVAL));
	CHECK_EQ(h_lseek(p, (int)d, 5, LINUX_SEEK_SET), 5);
	CHECK_EQ(h_lseek(p, (int)d, 2, LINUX_SEEK_CUR), 7);
	CHECK_EQ(h_end(), 0);
}

static void t_size_limit(void)
{
	struct linux_stat64 st;
	p = h_begin();
	long fd = h_open(p, "/f", O(CREAT) | O(RDWR) | O(LARGEFILE), 0644);
	CHECK_EQ(h_pwrite(p, (int)fd, "ab", 2, VFS_FILE_MAX_BYTES), E(EFBIG));
	CHECK_EQ(h_pwrite(p, (int)fd, "ab", 2, VFS_FILE_MAX_BYTES - 1), 1);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_size, VFS_FILE_MAX_BYTES);
	CHECK_EQ(st.st_blocks, 8);
	CHECK_EQ(h_pwrite(p, (int)fd, "", 0, VFS_FILE_MAX_BYTES + 5), 0);
	CHECK_EQ(vfs_ftruncate(p, (int)fd, VFS_FILE_MAX_BYTES + 1), E(EFBIG));
	CHECK_EQ(vfs_truncate(p, "/f", VFS_FILE_MAX_BYTES + 1), E(EFBIG));
	CHECK_EQ(vfs_ftruncate(p, (int)fd, 0), 0);
	/* without O_LARGEFILE, writes stop at 2^31 - 1 */
	long small = open_rw("/g");
	CHECK_EQ(h_pwrite(p, (int)small, "ab", 2, VFS_NON_LFS_BYTES), E(EFBIG));
	CHECK_EQ(h_pwrite(p, (int)small, "ab", 2, VFS_NON_LFS_BYTES - 1), 1);
	CHECK_EQ(h_end(), 0);
}

static void t_no_space(void)
{
	p = h_begin();
	long fd = open_rw("/f");
	h_page_fail_after = 0;
	CHECK_EQ(h_puts(p, (int)fd, "x"), E(ENOSPC));
	h_page_fail_after = 2;
	CHECK_EQ(h_write(p, (int)fd, big, sizeof big), 8192);
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_END), 8192);
	CHECK_EQ(vfs_check(NULL), 0);
	h_page_fail_after = -1;
	long full = h_open(p, "/dev-full-like", O(CREAT) | O(RDWR), 0644);
	h_alloc_fail_after = 0;
	CHECK_EQ(h_write(p, (int)full, "x", 1), E(ENOMEM));
	h_alloc_fail_after = -1;
	CHECK_EQ(vfs_check(NULL), 0);
	CHECK_EQ(h_end(), 0);
}

static void t_truncate(void)
{
	struct linux_stat64 st;
	char buf[16];
	p = h_begin();
	h_mkfile(p, "/f", "0123456789");
	vfs_mkdirat(p, LINUX_AT_FDCWD, "/d", 0755);
	vfs_mknodat(p, LINUX_AT_FDCWD, "/n", LINUX_S_IFCHR | 0666, LINUX_NEW_ENCODE_DEV(1, 3));
	CHECK_EQ(vfs_truncate(p, "/f", 4), 0);
	CHECK_EQ(vfs_truncate(p, "/f", 8), 0);
	CHECK_EQ(h_cat(p, "/f", buf, sizeof buf), 8);
	CHECK(!memcmp(buf, "0123\0\0\0\0", 8));
	CHECK_EQ(vfs_truncate(p, "/f", -1), E(EINVAL));
	CHECK_EQ(vfs_truncate(p, "/d", 0), E(EISDIR));
	CHECK_EQ(vfs_truncate(p, "/n", 0), E(EINVAL));
	CHECK_EQ(vfs_truncate(p, "/none", 0), E(ENOENT));
	long r = h_open(p, "/f", O(RDONLY), 0), d = h_open(p, "/d", O(RDONLY), 0);
	CHECK_EQ(vfs_ftruncate(p, (int)r, 0), E(EINVAL));
	CHECK_EQ(vfs_ftruncate(p, (int)d, 0), E(EINVAL));
	CHECK_EQ(vfs_ftruncate(p, 99, 0), E(EBADF));
	CHECK_EQ(vfs_ftruncate(p, (int)r, -1), E(EINVAL));
	long w = h_open(p, "/f", O(WRONLY), 0);
	CHECK_EQ(vfs_ftruncate(p, (int)w, 20000), 0);
	CHECK_EQ(vfs_fstat(p, (int)w, &st), 0);
	CHECK_EQ(st.st_size, 20000);
	CHECK_EQ(st.st_blocks, 8);
	CHECK_EQ(vfs_ftruncate(p, (int)w, 0), 0);
	CHECK_EQ(vfs_fstat(p, (int)w, &st), 0);
	CHECK_EQ(st.st_blocks, 0);
	CHECK_EQ(h_end(), 0);
}

static void t_times(void)
{
	struct linux_stat64 st;
	char c;
	p = h_begin();
	long fd = open_rw("/f");
	CHECK_EQ(h_stat(p, "/", &st), 0);
	CHECK_EQ(st.st_mtime_sec, 1000000);
	h_tick();
	CHECK_EQ(h_puts(p, (int)fd, "x"), 1);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_mtime_sec, 1000001);
	CHECK_EQ(st.st_ctime_sec, 1000001);
	CHECK_EQ(st.st_atime_sec, 1000000);
	h_tick();
	CHECK_EQ(h_pread(p, (int)fd, &c, 1, 0), 1);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_atime_sec, 1000002);
	/* relatime: atime is after mtime now, so a read an hour later leaves it */
	h_clock.sec += 3600;
	CHECK_EQ(h_pread(p, (int)fd, &c, 1, 0), 1);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_atime_sec, 1000002);
	h_clock.sec += 86400;
	CHECK_EQ(h_pread(p, (int)fd, &c, 1, 0), 1);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_atime_sec, h_clock.sec);
	/* an empty write changes nothing */
	h_tick();
	CHECK_EQ(h_write(p, (int)fd, &c, 0), 0);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_mtime_sec, 1000001);
	CHECK_EQ(h_end(), 0);
}

static const struct unit_test tests[] = {
	{ "write_read", t_write_read },
	{ "directory_read", t_directory_read },
	{ "multi_page", t_multi_page },
	{ "sparse", t_sparse },
	{ "append", t_append },
	{ "pread_pwrite", t_pread_pwrite },
	{ "readv_writev", t_readv_writev },
	{ "count_limits", t_count_limits },
	{ "faults", t_faults },
	{ "lseek", t_lseek },
	{ "lseek32", t_lseek32 },
	{ "seek_data_hole", t_seek_data_hole },
	{ "directory_lseek", t_directory_lseek },
	{ "size_limit", t_size_limit },
	{ "no_space", t_no_space },
	{ "truncate", t_truncate },
	{ "times", t_times },
};

UNIT_MAIN("vfs_rw", tests)
