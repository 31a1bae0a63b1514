/*
 * fs0/vfs large files: sparse files past 2 GiB up to Linux's 32-bit limit
 * (MAX_LFS_FILESIZE, 2^44 - 4096), SEEK_DATA/SEEK_HOLE over them, the
 * O_LARGEFILE rules of a 32-bit process (open: -EOVERFLOW, write: -EFBIG),
 * the page index growing and shrinking, and running out of memory in it.
 */
#include "unit.h"
#include "vfs_harness.h"

#define E(x) (-LINUX_##x)
#define O(x) LINUX_O_##x
#define G2 0x80000000LL                 /* 2 GiB */
#define G4 0x100000000LL

static struct vfs_proc *p;

static long open_lfs(const char *path)
{
	return h_open(p, path, O(CREAT) | O(RDWR) | O(LARGEFILE), 0644);
}

/* the data pages in the tree now (vfs_check passing), or -1 */
static long pages_now(void)
{
	struct vfs_stats s;
	return vfs_check(&s) ? -1 : (long)s.pages;
}

static void t_sparse_past_2g(void)
{
	struct linux_stat64 st;
	char buf[8];
	p = h_begin();
	long fd = open_lfs("/big");
	CHECK_EQ(vfs_ftruncate(p, (int)fd, 3 * (G2 / 2)), 0);
	CHECK_EQ(h_pwrite(p, (int)fd, "ab", 2, G2 - 1), 2);
	CHECK_EQ(h_pwrite(p, (int)fd, "cd", 2, G4 + 5), 2);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_size, G4 + 7);
	CHECK_EQ(st.st_blocks, 24);
	memset(buf, 'q', sizeof buf);
	CHECK_EQ(h_pread(p, (int)fd, buf, 8, G4 + 4), 3);
	CHECK(!memcmp(buf, "\0cd", 3));
	CHECK_EQ(h_pread(p, (int)fd, buf, 4, G2 - 2), 4);
	CHECK(!memcmp(buf, "\0ab\0", 4));
	/* what qemu-arm gives for the same file */
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_DATA), G2 - 4096);
	CHECK_EQ(h_lseek(p, (int)fd, G2 + 1, LINUX_SEEK_DATA), G2 + 1);
	CHECK_EQ(h_lseek(p, (int)fd, G2 - 4096, LINUX_SEEK_HOLE), G2 + 4096);
	CHECK_EQ(h_lseek(p, (int)fd, G2 + 4096, LINUX_SEEK_DATA), G4);
	CHECK_EQ(h_lseek(p, (int)fd, G4 + 4, LINUX_SEEK_HOLE), G4 + 7);
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_END), G4 + 7);
	CHECK_EQ(pages_now(), 3);
	CHECK_EQ(h_end(), 0);
}

static void t_largest_file(void)
{
	struct linux_stat64 st;
	char c = 0;
	p = h_begin();
	long fd = open_lfs("/big");
	CHECK_EQ(vfs_ftruncate(p, (int)fd, VFS_FILE_MAX_BYTES + 1), E(EFBIG));
	CHECK_EQ(vfs_ftruncate(p, (int)fd, VFS_FILE_MAX_BYTES), 0);
	CHECK_EQ(h_pwrite(p, (int)fd, "wxyz", 4, VFS_FILE_MAX_BYTES - 1), 1);
	CHECK_EQ(h_pwrite(p, (int)fd, "wxyz", 4, VFS_FILE_MAX_BYTES), E(EFBIG));
	CHECK_EQ(h_pwrite(p, (int)fd, "a", 1, 0), 1);
	CHECK_EQ(h_pread(p, (int)fd, &c, 1, VFS_FILE_MAX_BYTES - 1), 1);
	CHECK_EQ(c, 'w');
	CHECK_EQ(h_lseek(p, (int)fd, 4096, LINUX_SEEK_DATA), VFS_FILE_MAX_BYTES - 4096);
	CHECK_EQ(h_lseek(p, (int)fd, 1, LINUX_SEEK_HOLE), 4096);
	CHECK_EQ(pages_now(), 2);
	/* shrinking frees the far page and keeps the first */
	CHECK_EQ(vfs_ftruncate(p, (int)fd, 4097), 0);
	CHECK_EQ(pages_now(), 1);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_blocks, 8);
	CHECK_EQ(h_pwrite(p, (int)fd, "b", 1, 3 * G4), 1);
	CHECK_EQ(pages_now(), 2);
	CHECK_EQ(vfs_ftruncate(p, (int)fd, 0), 0);
	CHECK_EQ(pages_now(), 0);
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_END), 0);
	CHECK_EQ(h_end(), 0);
}

static void t_open_without_largefile(void)
{
	struct linux_stat64 st;
	p = h_begin();
	long fd = open_lfs("/big");
	CHECK_EQ(vfs_fcntl(p, (int)fd, LINUX_F_GETFL, 0), O(RDWR) | O(LARGEFILE));
	CHECK_EQ(vfs_ftruncate(p, (int)fd, VFS_NON_LFS_BYTES), 0);
	long r = h_open(p, "/big", O(RDONLY), 0);
	CHECK(r >= 0);
	vfs_close(p, (int)r);
	CHECK_EQ(vfs_ftruncate(p, (int)fd, G2), 0);
	CHECK_EQ(h_open(p, "/big", O(RDONLY), 0), E(EOVERFLOW));
	CHECK_EQ(h_open(p, "/big", O(WRONLY) | O(TRUNC), 0), E(EOVERFLOW));
	CHECK_EQ(h_open(p, "/big", O(CREAT) | O(RDWR), 0644), E(EOVERFLOW));
	CHECK_EQ(h_stat(p, "/big", &st), 0);
	CHECK_EQ(st.st_size, G2);
	CHECK(h_open(p, "/big", O(PATH), 0) >= 0);
	CHECK(h_open(p, "/big", O(RDONLY) | O(LARGEFILE), 0) >= 0);
	CHECK(h_open(p, "/", O(RDONLY), 0) >= 0);
	CHECK_EQ(h_end(), 0);
}

static void t_write_without_largefile(void)
{
	struct linux_stat64 st;
	int64_t res;
	p = h_begin();
	long fd = h_open(p, "/f", O(CREAT) | O(RDWR), 0644);
	CHECK_EQ(h_pwrite(p, (int)fd, "abcd", 4, VFS_NON_LFS_BYTES - 2), 2);
	CHECK_EQ(h_pwrite(p, (int)fd, "abcd", 4, VFS_NON_LFS_BYTES), E(EFBIG));
	CHECK_EQ(h_pwrite(p, (int)fd, "", 0, G2), 0);
	/* ftruncate64 has no such limit (errno_map makes its 2^31-byte file so) */
	CHECK_EQ(vfs_ftruncate(p, (int)fd, G4), 0);
	CHECK_EQ(vfs_fstat(p, (int)fd, &st), 0);
	CHECK_EQ(st.st_size, G4);
	/* 2^31 - 1 is an offset lseek returns, not a pending call */
	CHECK_EQ(vfs_lseek(p, (int)fd, 0x7fffffff, LINUX_SEEK_SET), 0x7fffffff);
	CHECK_EQ(h_write(p, (int)fd, "ab", 2), E(EFBIG));
	CHECK_EQ(vfs_lseek(p, (int)fd, 0, LINUX_SEEK_CUR), 0x7fffffff);
	CHECK_EQ(vfs_llseek(p, (int)fd, G2 + 1, LINUX_SEEK_SET, &res), 0);
	CHECK_EQ(h_write(p, (int)fd, "ab", 2), E(EFBIG));
	CHECK_EQ(vfs_lseek(p, (int)fd, 0, LINUX_SEEK_CUR), E(EOVERFLOW));
	/* O_APPEND at the end of a 4 GiB file: the end is past the limit */
	CHECK_EQ(vfs_fcntl(p, (int)fd, LINUX_F_SETFL, O(APPEND)), 0);
	CHECK_EQ(h_pwrite(p, (int)fd, "ab", 2, 0), E(EFBIG));
	CHECK_EQ(h_end(), 0);
}

static void t_index_out_of_memory(void)
{
	int bad = 0;
	for (long k = 0; !bad; k++) {
		p = h_begin();
		long fd = open_lfs("/big");
		h_pwrite(p, (int)fd, "x", 1, 5);
		h_alloc_fail_after = h_page_fail_after = k;
		long r = h_pwrite(p, (int)fd, "abc", 3, 3 * G4 + 4094);
		h_alloc_fail_after = h_page_fail_after = -1;
		if (r != 3 && r != 2 && r != E(ENOMEM) && r != E(ENOSPC))
			bad = 1;
		if (vfs_check(NULL) || h_end())
			bad = 1;
		if (r == 3)
			break;
	}
	CHECK_EQ(bad, 0);
}

static const struct unit_test tests[] = {
	{ "sparse_past_2g", t_sparse_past_2g },
	{ "largest_file", t_largest_file },
	{ "open_without_largefile", t_open_without_largefile },
	{ "write_without_largefile", t_write_without_largefile },
	{ "index_out_of_memory", t_index_out_of_memory },
};

UNIT_MAIN("vfs_large", tests)
