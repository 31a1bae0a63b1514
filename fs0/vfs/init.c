/*
 * Bringing the tree up and down: vfs_init (the root and the memory
 * devices), vfs_populate_dev (/dev and its standard nodes, as devtmpfs
 * would have them) and vfs_fini (everything freed, for tests and shutdown).
 */
#include "internal.h"

/* The root (inode 1, mode 0755) and the memory devices; -EBUSY if already up. */
long vfs_init(void)
{
	struct vfs_vnode *root;

	if (vfs_g.ready)
		return E(EBUSY);
	memset(&vfs_g, 0, sizeof vfs_g);
	vfs_g.next_ino = 1;
	if (vfs_node_new(LINUX_S_IFDIR | 0755, &root))
		return E(ENOMEM);
	root->nlink = 2;
	vfs_g.root = root;
	vfs_g.ready = 1;
	vfs_dev_register_mem();
	return 0;
}

/* Frees a directory's entries without touching the nodes they name. */
static void drop_entries(struct vfs_vnode *dir)
{
	while (dir->dir.first)
		vfs_dir_remove(dir, dir->dir.first);
	dir->dir.parent = NULL;
}

/* Processes, tables and held files go first; then every vnode, whatever its counts. */
void vfs_fini(void)
{
	while (vfs_g.procs)
		vfs_proc_exit(vfs_g.procs);
	while (vfs_g.tables) {
		vfs_g.tables->refs = 1;
		vfs_fdtable_put(vfs_g.tables);
	}
	while (vfs_g.files)
		vfs_file_free(vfs_g.files);
	for (struct vfs_vnode *v = vfs_g.vnodes; v; v = v->next)
		if (IS_DIR(v))
			drop_entries(v);
	while (vfs_g.vnodes)
		vfs_node_destroy(vfs_g.vnodes);
	vfs_g.root = NULL;
	vfs_g.ready = 0;
}

static const struct {
	const char *path;
	uint32_t mode, major, minor;
} dev_nodes[] = {
	{ "/dev/null", 0666, 1, 3 },
	{ "/dev/zero", 0666, 1, 5 },
	{ "/dev/full", 0666, 1, 7 },
	{ "/dev/random", 0666, 1, 8 },
	{ "/dev/urandom", 0666, 1, 9 },
	{ "/dev/tty", 0666, 5, 0 },
	{ "/dev/console", 0600, 5, 1 },
	{ "/dev/ttyAMA0", 0600, 204, 64 },
};

/* Creates /dev and the nodes above that are missing: 0 or the first error. */
static long make_dev_nodes(struct vfs_proc *p)
{
	long err = vfs_mkdirat(p, LINUX_AT_FDCWD, "/dev", 0755);

	if (err && err != E(EEXIST))
		return err;
	for (size_t i = 0; i < sizeof dev_nodes / sizeof dev_nodes[0]; i++) {
		err = vfs_mknodat(p, LINUX_AT_FDCWD, dev_nodes[i].path,
				  LINUX_S_IFCHR | dev_nodes[i].mode,
				  LINUX_NEW_ENCODE_DEV(dev_nodes[i].major, dev_nodes[i].minor));
		if (err && err != E(EEXIST))
			return err;
	}
	return 0;
}

/* The nodes are made by a process of its own, with umask 0. */
long vfs_populate_dev(void)
{
	struct vfs_proc *p;
	long err = vfs_proc_new(&p);

	if (err)
		return err;
	p->umask = 0;
	err = make_dev_nodes(p);
	vfs_proc_exit(p);
	return err;
}
