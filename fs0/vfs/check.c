/*
 * The integrity check (Codezero's object counting): everything is counted
 * a second way and compared with what the code maintains incrementally.
 *   - the tree is walked from the root: every linked vnode must be on it,
 *     with nlink = the entries naming it (2 + subdirectories for a
 *     directory), and every vnode off it must be unlinked and held;
 *   - vnode refs = open files + processes' cwd and root + child directories;
 *   - file refs = fd slots naming it + holds; fd table refs = processes;
 *   - list lengths, entries, fd slots and pages against the counters;
 *   - record locks: each owner (an fd table or a file) alive with the file
 *     open, and one owner's locks sorted and apart;
 *   - the bytes every object accounts for against vfs_alloc's counter.
 * Entry points: vfs_check, vfs_check_name.
 */
#include "internal.h"

/* Walks the tree from the root marking what it reaches and counting names. */
static long walk_tree(uint32_t epoch)
{
	struct vfs_vnode *root = vfs_g.root, *dir = root;
	struct vfs_dirent *e = root->dir.first;

	root->chk_mark = epoch;
	for (;;) {
		if (!e) {
			if (dir == root)
				return 0;
			struct vfs_vnode *child = dir;
			if (!(dir = child->dir.parent) || !(e = vfs_dir_find_node(dir, child)))
				return VFS_CHECK_TREE;
			e = e->next;
			continue;
		}
		struct vfs_vnode *v = e->node;
		v->chk_links++;
		if (v->chk_mark == epoch) {
			if (IS_DIR(v))
				return VFS_CHECK_TREE;
		} else if (IS_DIR(v)) {
			if (v->dir.parent != dir)
				return VFS_CHECK_TREE;
			v->chk_mark = epoch;
			dir = v;
			e = v->dir.first;
			continue;
		} else {
			v->chk_mark = epoch;
		}
		e = e->next;
	}
}

/* Counts the holders of each vnode and of each file and table. */
static void count_holders(void)
{
	for (struct vfs_vnode *v = vfs_g.vnodes; v; v = v->next)
		if (IS_DIR(v) && v->dir.parent)
			v->dir.parent->chk_refs++;
	for (struct vfs_file *f = vfs_g.files; f; f = f->next)
		f->vnode->chk_refs++;
	for (struct vfs_proc *p = vfs_g.procs; p; p = p->next) {
		p->root->chk_refs++;
		p->cwd->chk_refs++;
		p->fds->chk_refs++;
	}
	for (struct vfs_fdtable *t = vfs_g.tables; t; t = t->next)
		for (uint32_t i = 0; i < t->cap; i++)
			if (t->slot[i])
				t->slot[i]->chk_slots++;
}

/* One directory's entries: count, size, bytes, subdirectories. */
static long check_dir(const struct vfs_vnode *d, struct vfs_stats *n, uint32_t *subdirs)
{
	uint32_t entries = 0;

	*subdirs = 0;
	for (const struct vfs_dirent *e = d->dir.first; e; e = e->next) {
		entries++;
		*subdirs += IS_DIR(e->node);
		n->bytes += sizeof *e + e->len + 1;
	}
	n->dirents += entries;
	if (entries != d->dir.entries || d->size != 2 * BOGO_DIRENT_BYTES + entries * BOGO_DIRENT_BYTES)
		return VFS_CHECK_DIRENTS;
	return 0;
}

/* 1 if owner is table t holding an fd of v, or a file open on v */
static int lock_owner_ok(const struct vfs_vnode *v, const void *owner)
{
	for (const struct vfs_file *f = vfs_g.files; f; f = f->next)
		if (f == owner)
			return f->vnode == v;
	for (const struct vfs_fdtable *t = vfs_g.tables; t; t = t->next) {
		if (t != owner)
			continue;
		for (uint32_t i = 0; i < t->cap; i++)
			if (t->slot[i] && t->slot[i]->vnode == v)
				return 1;
		return 0;
	}
	return 0;
}

/* v's record locks: live owners, each owner's run sorted and apart; their bytes into n. */
static long check_locks(const struct vfs_vnode *v, struct vfs_stats *n)
{
	for (const struct vfs_lock *l = v->locks; l; l = l->next) {
		const struct vfs_lock *next = l->next;
		n->bytes += sizeof *l;
		if (!lock_owner_ok(v, l->owner) || l->start > l->end)
			return VFS_CHECK_LOCKS;
		if (next && next->owner == l->owner && next->start <= l->end)
			return VFS_CHECK_LOCKS;
	}
	return 0;
}

/* One vnode's links, holders and data, adding to the recount n. */
static long check_vnode(const struct vfs_vnode *v, uint32_t epoch, struct vfs_stats *n)
{
	uint32_t subdirs = 0, expect;
	int past_eof = 0;
	long err = 0;

	n->vnodes++;
	n->bytes += sizeof *v;
	if (IS_DIR(v))
		err = check_dir(v, n, &subdirs);
	else if (IS_LNK(v))
		n->bytes += (size_t)v->size + 1;
	else if (IS_REG(v) && vfs_reg_census(v, &n->bytes, &past_eof) != v->reg.pages)
		err = VFS_CHECK_PAGES;
	n->pages += IS_REG(v) ? v->reg.pages : 0;
	if (err || past_eof)
		return err ? err : VFS_CHECK_PAGES;
	if ((err = check_locks(v, n)))
		return err;
	if (v->chk_mark != epoch)
		return v->nlink || !v->refs || (IS_DIR(v) && v->dir.entries) ? VFS_CHECK_TREE : 0;
	expect = IS_DIR(v) ? 2 + subdirs : v->chk_links;
	if (v->nlink != expect)
		return VFS_CHECK_NLINK;
	return v->refs == v->chk_refs ? 0 : VFS_CHECK_VREFS;
}

/* Files, tables and processes against their references and counters. */
static long check_fds(struct vfs_stats *n)
{
	for (struct vfs_file *f = vfs_g.files; f; f = f->next) {
		n->files++;
		n->bytes += sizeof *f;
		if (f->refs != f->chk_slots + f->holds)
			return VFS_CHECK_FREFS;
	}
	for (struct vfs_fdtable *t = vfs_g.tables; t; t = t->next) {
		uint32_t used = 0;
		for (uint32_t i = 0; i < t->cap; i++)
			used += t->slot[i] != NULL;
		n->fdtables++;
		n->fd_refs += used;
		n->bytes += sizeof *t + vfs_fdtable_bytes(t->cap);
		if (used != t->used)
			return VFS_CHECK_FDS;
		if (t->refs != t->chk_refs)
			return VFS_CHECK_TABLES;
	}
	for (struct vfs_proc *p = vfs_g.procs; p; p = p->next) {
		n->procs++;
		n->bytes += sizeof *p + (p->open_wait ? p->open_wait->bytes : 0);
	}
	return 0;
}

/* Clears the scratch counts; the next mark for the tree walk. */
static uint32_t reset_scratch(void)
{
	for (struct vfs_vnode *v = vfs_g.vnodes; v; v = v->next)
		v->chk_links = v->chk_refs = 0;
	for (struct vfs_file *f = vfs_g.files; f; f = f->next)
		f->chk_slots = 0;
	for (struct vfs_fdtable *t = vfs_g.tables; t; t = t->next)
		t->chk_refs = 0;
	return ++vfs_g.chk_epoch;
}

/* The recount n against the counters: the first mismatch, or 0. */
static long compare(const struct vfs_stats *n)
{
	const struct vfs_stats *c = &vfs_g.n;

	if (n->vnodes != c->vnodes)
		return VFS_CHECK_VNODES;
	if (n->dirents != c->dirents)
		return VFS_CHECK_DIRENTS;
	if (n->files != c->files)
		return VFS_CHECK_FILES;
	if (n->fd_refs != c->fd_refs)
		return VFS_CHECK_FDS;
	if (n->fdtables != c->fdtables)
		return VFS_CHECK_TABLES;
	if (n->procs != c->procs)
		return VFS_CHECK_PROCS;
	if (n->pages != c->pages)
		return VFS_CHECK_PAGES;
	return n->bytes == c->bytes ? 0 : VFS_CHECK_BYTES;
}

/* The recount: scratch reset, holders, tree, each vnode, descriptors, counters. */
long vfs_check(struct vfs_stats *out)
{
	struct vfs_stats n = { 0 };
	long err = 0;

	if (out)
		*out = vfs_g.n;
	if (!vfs_g.ready)
		return vfs_g.n.vnodes ? VFS_CHECK_VNODES : 0;
	uint32_t epoch = reset_scratch();
	count_holders();
	if ((err = walk_tree(epoch)))
		return err;
	for (struct vfs_vnode *v = vfs_g.vnodes; v; v = v->next)
		if ((err = check_vnode(v, epoch, &n)))
			return err;
	if ((err = check_fds(&n)))
		return err;
	return compare(&n);
}

/* the short name of a VFS_CHECK_* value ("?" for others) */
const char *vfs_check_name(long code)
{
	static const char *const names[] = {
		"vnodes", "tree", "nlink", "vnode refs", "dirents", "files", "file refs",
		"fds", "fd tables", "procs", "pages", "bytes", "locks",
	};
	long i = VFS_CHECK_VNODES - code;

	if (code == 0)
		return "ok";
	return i >= 0 && i < (long)(sizeof names / sizeof names[0]) ? names[i] : "?";
}
