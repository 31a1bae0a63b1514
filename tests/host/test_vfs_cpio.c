/*
 * fs0/vfs initramfs: cpio "newc" archives built here unpack to the right
 * tree (types, modes, owners, mtimes, symlinks, device nodes, hard links,
 * parents created, names normalised, archives concatenated); every kind of
 * malformed archive is refused with -EINVAL, and random corruption never
 * reads out of bounds (ASan) or leaves the tree inconsistent.
 */
#include "unit.h"
#include "vfs_harness.h"
#include <stdlib.h>

#define E(x) (-LINUX_##x)
#define CWD LINUX_AT_FDCWD

static struct vfs_proc *p;
static unsigned char arc[1 << 16];
static size_t alen;
static uint32_t next_ino;

struct ent {
	const char *name;
	uint32_t mode, uid, gid, nlink, mtime, rmajor, rminor, ino;
	const char *data;
	const char *magic;
	uint32_t check;
};

static void pad(void)
{
	while (alen % 4)
		arc[alen++] = 0;
}

static void add(const struct ent *e)
{
	size_t namesize = strlen(e->name) + 1, size = e->data ? strlen(e->data) : 0;
	alen += (size_t)sprintf((char *)arc + alen,
				"%s%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X",
				e->magic ? e->magic : "070701", e->ino ? e->ino : ++next_ino, e->mode,
				e->uid, e->gid, e->nlink ? e->nlink : 1, e->mtime, (unsigned)size, 3, 1,
				e->rmajor, e->rminor, (unsigned)namesize, e->check);
	memcpy(arc + alen, e->name, namesize);
	alen += namesize;
	pad();
	memcpy(arc + alen, e->data ? e->data : "", size);
	alen += size;
	pad();
}

static void file(const char *name, uint32_t mode, const char *data)
{
	add(&(struct ent){ .name = name, .mode = LINUX_S_IFREG | mode, .data = data });
}

static void dir(const char *name, uint32_t mode)
{
	add(&(struct ent){ .name = name, .mode = LINUX_S_IFDIR | mode });
}

static void trailer(void)
{
	add(&(struct ent){ .name = "TRAILER!!!" });
}

static void start(void)
{
	p = h_begin();
	alen = 0;
	next_ino = 100;
}

static void t_basic_tree(void)
{
	struct linux_stat64 st;
	char buf[64];
	start();
	add(&(struct ent){ .name = ".", .mode = LINUX_S_IFDIR | 0700 });
	add(&(struct ent){ .name = "bin", .mode = LINUX_S_IFDIR | 0755, .mtime = 777 });
	add(&(struct ent){ .name = "bin/sh", .mode = LINUX_S_IFREG | 04755, .uid = 1, .gid = 2,
			   .mtime = 12345, .data = "#!shell" });
	add(&(struct ent){ .name = "bin/ls", .mode = LINUX_S_IFLNK | 0777, .data = "sh" });
	add(&(struct ent){ .name = "dev/console", .mode = LINUX_S_IFCHR | 0600, .rmajor = 5,
			   .rminor = 1 });
	add(&(struct ent){ .name = "run/fifo", .mode = LINUX_S_IFIFO | 0644 });
	file("./etc/passwd", 0644, "root:x:0:0");
	file("/abs", 0600, "");
	add(&(struct ent){ .name = "bin/cat", .mode = LINUX_S_IFREG | 0755, .nlink = 2,
			   .ino = 3 });
	add(&(struct ent){ .name = "bin/dog", .mode = LINUX_S_IFREG | 0755, .nlink = 2,
			   .ino = 3, .data = "meow" });
	trailer();
	CHECK_EQ(vfs_unpack_cpio(arc, alen), 0);
	CHECK_EQ(h_mode(p, "/", 0), LINUX_S_IFDIR | 0700);
	CHECK_EQ(h_stat(p, "/bin/sh", &st), 0);
	CHECK_EQ(st.st_mode, LINUX_S_IFREG | 04755);
	CHECK_EQ(st.st_uid, 1);
	CHECK_EQ(st.st_gid, 2);
	CHECK_EQ(st.st_mtime_sec, 12345);
	CHECK_EQ(st.st_atime_sec, 12345);
	CHECK_EQ(st.st_size, 7);
	CHECK_EQ(h_cat(p, "/bin/ls", buf, sizeof buf), 7);
	CHECK_STR(buf, "#!shell");
	CHECK_EQ(h_readlink(p, "/bin/ls", buf, sizeof buf), 2);
	CHECK_EQ(h_cat(p, "/bin/cat", buf, sizeof buf), 4);
	CHECK_STR(buf, "meow");
	CHECK_EQ(h_stat(p, "/bin/dog", &st), 0);
	CHECK_EQ(st.st_nlink, 2);
	CHECK_EQ(h_stat(p, "/dev/console", &st), 0);
	CHECK_EQ(st.st_rdev, LINUX_NEW_ENCODE_DEV(5, 1));
	CHECK_EQ(st.st_mode, LINUX_S_IFCHR | 0600);
	CHECK_EQ(h_mode(p, "/dev", 0), LINUX_S_IFDIR | 0755);
	CHECK_EQ(h_mode(p, "/run/fifo", 0), LINUX_S_IFIFO | 0644);
	CHECK_EQ(h_cat(p, "/etc/passwd", buf, sizeof buf), 10);
	CHECK_EQ(h_mode(p, "/abs", 0), LINUX_S_IFREG | 0600);
	/* a directory's mtime is set after its entries are made */
	CHECK_EQ(h_stat(p, "/bin", &st), 0);
	CHECK_EQ(st.st_mtime_sec, 777);
	CHECK_EQ(st.st_ctime_sec, 1000000);
	CHECK_EQ(h_end(), 0);
}

static void t_hard_links(void)
{
	struct linux_stat64 a, b;
	char buf[16];
	start();
	add(&(struct ent){ .name = "a", .mode = LINUX_S_IFREG | 0644, .nlink = 2, .ino = 7 });
	add(&(struct ent){ .name = "b", .mode = LINUX_S_IFREG | 0644, .nlink = 2, .ino = 7,
			   .data = "shared" });
	add(&(struct ent){ .name = "c", .mode = LINUX_S_IFREG | 0644, .nlink = 1, .ino = 7,
			   .data = "own" });
	trailer();
	CHECK_EQ(vfs_unpack_cpio(arc, alen), 0);
	CHECK_EQ(h_stat(p, "/a", &a), 0);
	CHECK_EQ(h_stat(p, "/b", &b), 0);
	CHECK_EQ(a.st_ino, b.st_ino);
	CHECK_EQ(a.st_nlink, 2);
	CHECK_EQ(h_cat(p, "/a", buf, sizeof buf), 6);
	CHECK_EQ(h_cat(p, "/c", buf, sizeof buf), 3);
	CHECK_EQ(h_end(), 0);
}

static void t_replace_existing(void)
{
	char buf[16];
	start();
	h_mkfile(p, "/h2", "old name");
	h_mkfile(p, "/x", "old");
	h_mkfile(p, "/y", "old content");
	vfs_mkdirat(p, CWD, "/z", 0755);
	dir("x", 0711);
	file("y", 0644, "new");
	file("z", 0644, "was a dir");
	dir("x/in", 0755);
	add(&(struct ent){ .name = "h1", .mode = LINUX_S_IFREG | 0644, .nlink = 2, .ino = 5,
			   .data = "linked" });
	add(&(struct ent){ .name = "h2", .mode = LINUX_S_IFREG | 0644, .nlink = 2, .ino = 5 });
	trailer();
	CHECK_EQ(vfs_unpack_cpio(arc, alen), 0);
	CHECK_EQ(h_cat(p, "/h2", buf, sizeof buf), 6);
	CHECK_EQ(h_mode(p, "/x", 0), LINUX_S_IFDIR | 0711);
	CHECK_EQ(h_cat(p, "/y", buf, sizeof buf), 3);
	CHECK_EQ(h_cat(p, "/z", buf, sizeof buf), 9);
	CHECK_EQ(h_end(), 0);
}

static void t_concatenated(void)
{
	start();
	file("one", 0644, "1");
	trailer();
	memset(arc + alen, 0, 512 - alen % 512);
	alen += 512 - alen % 512;
	file("two", 0644, "2");
	trailer();
	memset(arc + alen, 0, 100);
	alen += 100;
	CHECK_EQ(vfs_unpack_cpio(arc, alen), 0);
	CHECK_EQ(h_mode(p, "/one", 0), LINUX_S_IFREG | 0644);
	CHECK_EQ(h_mode(p, "/two", 0), LINUX_S_IFREG | 0644);
	CHECK_EQ(vfs_unpack_cpio(arc, 0), E(EINVAL));
	CHECK_EQ(h_end(), 0);
}

static void t_checksum(void)
{
	start();
	add(&(struct ent){ .name = "ok", .mode = LINUX_S_IFREG | 0644, .data = "ab",
			   .magic = "070702", .check = 'a' + 'b' });
	trailer();
	CHECK_EQ(vfs_unpack_cpio(arc, alen), 0);
	alen = 0;
	add(&(struct ent){ .name = "bad", .mode = LINUX_S_IFREG | 0644, .data = "ab",
			   .magic = "070702", .check = 1 });
	trailer();
	CHECK_EQ(vfs_unpack_cpio(arc, alen), E(EINVAL));
	CHECK_EQ(h_mode(p, "/bad", 0), E(ENOENT));
	CHECK_EQ(h_end(), 0);
}

/* a one-file archive with one byte changed: the result */
static long corrupt_at(size_t at, unsigned char c)
{
	alen = 0;
	file("f", 0644, "data");
	trailer();
	arc[at] = c;
	return vfs_unpack_cpio(arc, alen);
}

static void t_malformed(void)
{
	start();
	CHECK_EQ(corrupt_at(0, '1'), E(EINVAL));
	CHECK_EQ(corrupt_at(5, '7'), E(EINVAL));
	CHECK_EQ(corrupt_at(10, 'g'), E(EINVAL));
	CHECK_EQ(corrupt_at(14, ' '), E(EINVAL));
	/* filesize (field 7 at offset 54): beyond the end */
	CHECK_EQ(corrupt_at(54, 'F'), E(EINVAL));
	/* namesize (field 12 at offset 94): 0, beyond the end, not ending the name */
	CHECK_EQ(corrupt_at(101, '0'), E(EINVAL));
	CHECK_EQ(corrupt_at(94, 'F'), E(EINVAL));
	CHECK_EQ(corrupt_at(101, '1'), E(EINVAL));
	CHECK_EQ(corrupt_at(111, 'x'), E(EINVAL));
	/* truncated anywhere: no trailer or a cut header */
	alen = 0;
	file("f", 0644, "data");
	trailer();
	for (size_t n = 1; n < alen - 4; n += 7)
		if (vfs_unpack_cpio(arc, n) != E(EINVAL))
			CHECK(!"truncated archive accepted");
	alen = 0;
	file("a/../../x", 0644, "");
	trailer();
	CHECK_EQ(vfs_unpack_cpio(arc, alen), E(EINVAL));
	alen = 0;
	add(&(struct ent){ .name = "l", .mode = LINUX_S_IFLNK | 0777 });
	trailer();
	CHECK_EQ(vfs_unpack_cpio(arc, alen), E(EINVAL));
	alen = 0;
	add(&(struct ent){ .name = "s", .mode = 0070644 });
	trailer();
	CHECK_EQ(vfs_unpack_cpio(arc, alen), E(EINVAL));
	alen = 0;
	file(".", 0644, "root as a file");
	trailer();
	CHECK_EQ(vfs_unpack_cpio(arc, alen), E(EINVAL));
	CHECK_EQ(h_end(), 0);
}

static void t_no_space(void)
{
	start();
	file("big", 0644, "0123456789");
	trailer();
	h_page_fail_after = 0;
	CHECK_EQ(vfs_unpack_cpio(arc, alen), E(ENOSPC));
	CHECK_EQ(vfs_check(NULL), 0);
	h_page_fail_after = -1;
	h_alloc_fail_after = 0;
	CHECK_EQ(vfs_unpack_cpio(arc, alen), E(ENOMEM));
	h_alloc_fail_after = -1;
	CHECK_EQ(h_end(), 0);
}

static void t_fuzz(void)
{
	static unsigned char good[4096];
	size_t good_len;
	int bad = 0;
	alen = 0;
	next_ino = 100;
	dir("d", 0755);
	file("d/f", 0644, "content");
	add(&(struct ent){ .name = "d/l", .mode = LINUX_S_IFLNK | 0777, .data = "f" });
	add(&(struct ent){ .name = "n", .mode = LINUX_S_IFCHR | 0600, .rmajor = 1, .rminor = 3 });
	add(&(struct ent){ .name = "h1", .mode = LINUX_S_IFREG | 0644, .nlink = 2, .ino = 9 });
	add(&(struct ent){ .name = "h2", .mode = LINUX_S_IFREG | 0644, .nlink = 2, .ino = 9,
			   .data = "x" });
	trailer();
	good_len = alen;
	memcpy(good, arc, alen);
	srand(1234);
	for (int i = 0; i < 3000 && !bad; i++) {
		p = h_begin();
		memcpy(arc, good, good_len);
		size_t n = good_len;
		for (int k = rand() % 4; k >= 0; k--)
			arc[rand() % n] = (unsigned char)(rand() % 3 ? "0123456789abcdefF/.\0"[rand() % 20]
								    : rand());
		if (rand() % 4 == 0)
			n = (size_t)rand() % n;
		long r = vfs_unpack_cpio(arc, n);
		if (r > 0 || vfs_check(NULL) || h_end())
			bad = 1;
	}
	CHECK(!bad);
}

static const struct unit_test tests[] = {
	{ "basic_tree", t_basic_tree },
	{ "hard_links", t_hard_links },
	{ "replace_existing", t_replace_existing },
	{ "concatenated", t_concatenated },
	{ "checksum", t_checksum },
	{ "malformed", t_malformed },
	{ "no_space", t_no_space },
	{ "fuzz", t_fuzz },
};

UNIT_MAIN("vfs_cpio", tests)
