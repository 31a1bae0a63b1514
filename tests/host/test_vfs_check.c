/*
 * fs0/vfs integrity: vfs_check passes on consistent states and names each
 * kind of damage (done here through the internals); allocation failure at
 * every point of every allocating call leaves a consistent tree and no
 * leak; the counters report what exists.
 */
#include "unit.h"
#include "vfs_harness.h"
#include "internal.h"

#define O(x) LINUX_O_##x
#define CWD LINUX_AT_FDCWD

static struct vfs_proc *p;

static void t_counters(void)
{
	struct vfs_stats s;
	p = h_begin();
	CHECK_EQ(vfs_check(&s), 0);
	CHECK_EQ(s.vnodes, 1);
	CHECK_EQ(s.procs, 1);
	CHECK_EQ(s.fdtables, 1);
	h_mkfile(p, "/f", "x");
	vfs_mkdirat(p, CWD, "/d", 0755);
	long fd = h_open(p, "/f", O(RDONLY), 0);
	vfs_dup(p, (int)fd);
	CHECK_EQ(vfs_check(&s), 0);
	CHECK_EQ(s.vnodes, 3);
	CHECK_EQ(s.dirents, 2);
	CHECK_EQ(s.files, 1);
	CHECK_EQ(s.fd_refs, 2);
	CHECK_EQ(s.pages, 1);
	CHECK(s.bytes > 0);
	CHECK_EQ(h_end(), 0);
	CHECK_EQ(h_allocs, 0);
	CHECK_EQ(h_pages, 0);
}

/* Applies damage, expects code from vfs_check, undoes it. */
#define DAMAGE(field, delta, code) do { \
		(field) += (delta); \
		CHECK_EQ(vfs_check(NULL), code); \
		(field) -= (delta); \
	} while (0)

static void t_detects_damage(void)
{
	struct vfs_vnode *v, *d;
	p = h_begin();
	h_mkfile(p, "/f", "x");
	vfs_mkdirat(p, CWD, "/d", 0755);
	long fd = h_open(p, "/f", O(RDONLY), 0);
	CHECK_EQ(vfs_lookup(p, CWD, "/f", 0, &v), 0);
	vfs_node_put(v);
	CHECK_EQ(vfs_lookup(p, CWD, "/d", 0, &d), 0);
	vfs_node_put(d);
	struct vfs_file *f = vfs_fd_file(p, (int)fd);
	CHECK_EQ(vfs_check(NULL), 0);
	DAMAGE(v->nlink, 1, VFS_CHECK_NLINK);
	DAMAGE(d->nlink, 1, VFS_CHECK_NLINK);
	DAMAGE(v->refs, 1, VFS_CHECK_VREFS);
	DAMAGE(d->refs, -1, VFS_CHECK_VREFS);
	DAMAGE(d->size, 20, VFS_CHECK_DIRENTS);
	DAMAGE(d->dir.entries, 1, VFS_CHECK_DIRENTS);
	DAMAGE(f->refs, 1, VFS_CHECK_FREFS);
	DAMAGE(p->fds->used, 1, VFS_CHECK_FDS);
	DAMAGE(p->fds->refs, 1, VFS_CHECK_TABLES);
	DAMAGE(v->reg.pages, 1, VFS_CHECK_PAGES);
	DAMAGE(v->size, -1, VFS_CHECK_PAGES);
	DAMAGE(vfs_g.n.vnodes, 1, VFS_CHECK_VNODES);
	DAMAGE(vfs_g.n.dirents, 1, VFS_CHECK_DIRENTS);
	DAMAGE(vfs_g.n.files, 1, VFS_CHECK_FILES);
	DAMAGE(vfs_g.n.fd_refs, 1, VFS_CHECK_FDS);
	DAMAGE(vfs_g.n.fdtables, 1, VFS_CHECK_TABLES);
	DAMAGE(vfs_g.n.procs, 1, VFS_CHECK_PROCS);
	DAMAGE(vfs_g.n.pages, 1, VFS_CHECK_PAGES);
	DAMAGE(vfs_g.n.bytes, 8, VFS_CHECK_BYTES);
	/* an unlinked vnode nobody holds is a leak; a linked one off the tree too */
	v->nlink = 0;
	CHECK_EQ(vfs_check(NULL), VFS_CHECK_NLINK);
	v->nlink = 1;
	d->dir.parent = v;
	CHECK_EQ(vfs_check(NULL), VFS_CHECK_TREE);
	d->dir.parent = vfs_g.root;
	CHECK_EQ(vfs_check(NULL), 0);
	/* a record lock whose owner is gone, or two of one owner overlapping */
	struct linux_flock64 fl = { .l_type = LINUX_F_RDLCK, .l_len = 1 };
	CHECK_EQ(vfs_fcntl_lock(p, 1, (int)fd, LINUX_F_SETLK64, &fl), 0);
	fl.l_start = 5;
	CHECK_EQ(vfs_fcntl_lock(p, 1, (int)fd, LINUX_F_SETLK64, &fl), 0);
	CHECK_EQ(vfs_check(NULL), 0);
	DAMAGE(*(char **)&v->locks->owner, 1, VFS_CHECK_LOCKS);
	DAMAGE(v->locks->next->start, -5, VFS_CHECK_LOCKS);
	DAMAGE(v->locks->end, 5, VFS_CHECK_LOCKS);
	CHECK_STR(vfs_check_name(VFS_CHECK_LOCKS), "locks");
	CHECK_STR(vfs_check_name(VFS_CHECK_TREE), "tree");
	CHECK_STR(vfs_check_name(VFS_CHECK_BYTES), "bytes");
	CHECK_STR(vfs_check_name(0), "ok");
	CHECK_EQ(h_end(), 0);
}

/* one allocating call per step, on a small tree */
static long step(int i)
{
	static const struct vfs_iovec vec[2] = { { (uintptr_t)"ab", 2 }, { (uintptr_t)"cd", 2 } };
	struct vfs_proc *c;
	struct vfs_io io;

	switch (i) {
	case 0: return h_mkfile(p, "/new", "data");
	case 1: return vfs_mkdirat(p, CWD, "/dir", 0755);
	case 2: return vfs_symlinkat(p, "target", CWD, "/sym");
	case 3: return vfs_linkat(p, CWD, "/f", CWD, "/hard", 0);
	case 4: return vfs_renameat2(p, CWD, "/f", CWD, "/d/moved", 0);
	case 5: return vfs_mknodat(p, CWD, "/fifo", LINUX_S_IFIFO | 0644, 0);
	case 6: return vfs_dup2(p, 0, 200);
	case 7: return vfs_populate_dev();
	case 8:
		if (vfs_proc_fork(p, 0, &c))
			return -LINUX_ENOMEM;
		vfs_proc_exit(c);
		return 0;
	case 9:
		vfs_io_vec(&io, &vfs_kernel_io_ops, NULL, vec, 2);
		return vfs_pwrite64(p, 0, &io, 9000);
	case 10: return h_open(p, "/", O(TMPFILE) | O(RDWR), 0600);
	case 11: {
		static char blob[512];
		int n = sprintf(blob, "070701%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08Xa/b/c",
				1, LINUX_S_IFREG | 0644, 0, 0, 1, 0, 2, 0, 0, 0, 0, 6, 0);
		n = (n + 1 + 3) & ~3;
		memcpy(blob + n, "hi\0\0", 4);
		n += 4;
		n += sprintf(blob + n, "070701%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08X%08XTRAILER!!!",
			     0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 11, 0);
		return vfs_unpack_cpio(blob, (size_t)n + 1);
	}
	case 12: {                      /* a page 1 TiB in: index nodes on the way */
		long fd = h_open(p, "/big", O(CREAT) | O(RDWR) | O(LARGEFILE), 0644);
		if (fd < 0)
			return fd;
		vfs_io_vec(&io, &vfs_kernel_io_ops, NULL, vec, 2);
		return vfs_pwrite64(p, (int)fd, &io, 1LL << 40);
	}
	default: return 1;
	}
}

static void t_allocation_failures(void)
{
	int bad = -1;
	for (int i = 0; i < 13 && bad < 0; i++) {
		for (long k = 0; bad < 0; k++) {
			p = h_begin();
			h_mkfile(p, "/f", "f");
			vfs_mkdirat(p, CWD, "/d", 0755);
			h_open(p, "/f", O(RDWR), 0);
			h_alloc_fail_after = k;
			h_page_fail_after = k;
			long r = step(i);
			h_alloc_fail_after = h_page_fail_after = -1;
			if (r < 0 && r != -LINUX_ENOMEM && r != -LINUX_ENOSPC)
				bad = i;
			if (vfs_check(NULL) || h_end())
				bad = i;
			if (r >= 0)
				break;
		}
	}
	CHECK_EQ(bad, -1);
}

static void t_fini_frees_everything(void)
{
	struct vfs_proc *c;
	p = h_begin();
	vfs_populate_dev();
	h_mkfile(p, "/f", "x");
	vfs_mkdirat(p, CWD, "/d", 0755);
	vfs_mkdirat(p, CWD, "/d/e", 0755);
	vfs_chdir(p, "/d/e");
	vfs_symlinkat(p, "/d", CWD, "/d/e/l");
	long fd = h_open(p, "/f", O(RDWR), 0);
	vfs_unlinkat(p, CWD, "/f", 0);
	vfs_file_hold(p, (int)fd);
	vfs_proc_fork(p, 1, &c);
	vfs_fini();
	CHECK_EQ(h_allocs, 0);
	CHECK_EQ(h_pages, 0);
	CHECK_EQ(vfs_check(NULL), 0);
	CHECK_EQ(vfs_init(), 0);
	CHECK_EQ(vfs_init(), -LINUX_EBUSY);
	CHECK_EQ(h_end(), 0);
}

static const struct unit_test tests[] = {
	{ "counters", t_counters },
	{ "detects_damage", t_detects_damage },
	{ "allocation_failures", t_allocation_failures },
	{ "fini_frees_everything", t_fini_frees_everything },
};

UNIT_MAIN("vfs_check", tests)
