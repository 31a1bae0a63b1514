/*
 * renameat2 with flags 0, RENAME_NOREPLACE and RENAME_EXCHANGE, checking in
 * the order of Linux's do_renameat2 and vfs_rename: "." and ".." (-EBUSY),
 * missing source, trailing slashes on non-directories (-ENOTDIR), a
 * directory moved under itself (-EINVAL), a target that is an ancestor of
 * the source (-ENOTEMPTY), two names of one file (success, no change),
 * file/directory mismatches (-ENOTDIR, -EISDIR), a non-empty directory
 * target (-ENOTEMPTY).
 */
#include "internal.h"

struct rename_op {
	struct vfs_walk o, n;           /* source and target parents */
	struct vfs_dirent *oe, *ne;     /* their entries (ne may be NULL) */
	uint32_t flags;
};

/* the checks that need both entries looked up (after the walks) */
static long rename_check(struct rename_op *r)
{
	struct vfs_vnode *old = r->oe->node, *new = r->ne ? r->ne->node : NULL;
	int exchange = r->flags & LINUX_RENAME_EXCHANGE;

	if (new && (r->flags & LINUX_RENAME_NOREPLACE))
		return E(EEXIST);
	if (exchange && !new)
		return E(ENOENT);
	if (exchange && !IS_DIR(new) && r->n.slash)
		return E(ENOTDIR);
	if (!IS_DIR(old) && (r->o.slash || (!exchange && r->n.slash)))
		return E(ENOTDIR);
	if (IS_DIR(old) && vfs_dir_is_ancestor(old, r->n.dir))
		return E(EINVAL);
	if (new && IS_DIR(new) && vfs_dir_is_ancestor(new, r->o.dir))
		return exchange ? E(EINVAL) : E(ENOTEMPTY);
	if (old == new)
		return 1;
	if (!new)
		return r->n.dir->nlink ? 0 : E(ENOENT);
	if (exchange)
		return 0;
	if (IS_DIR(old) && !IS_DIR(new))
		return E(ENOTDIR);
	if (!IS_DIR(old) && IS_DIR(new))
		return E(EISDIR);
	return IS_DIR(new) && new->dir.entries ? E(ENOTEMPTY) : 0;
}

/* Directory d moves from under from to under to: ".." and link counts. */
static void move_dir(struct vfs_vnode *d, struct vfs_vnode *from, struct vfs_vnode *to)
{
	if (!IS_DIR(d) || from == to)
		return;
	from->nlink--;
	to->nlink++;
	vfs_dir_set_parent(d, to);
}

/* RENAME_EXCHANGE: the two entries swap nodes. */
static void do_exchange(struct rename_op *r)
{
	struct vfs_vnode *old = r->oe->node, *new = r->ne->node;

	r->oe->node = new;
	r->ne->node = old;
	move_dir(old, r->o.dir, r->n.dir);
	move_dir(new, r->n.dir, r->o.dir);
	vfs_node_touch(new, T_C);
}

/* A plain rename: the new entry first (it may fail), then the old ones go. */
static long do_move(struct rename_op *r)
{
	struct vfs_vnode *old = r->oe->node;
	long err = vfs_dir_insert(r->n.dir, r->n.last, r->n.last_len, old);

	if (err)
		return err;
	vfs_dir_remove(r->o.dir, r->oe);
	if (r->ne)
		vfs_dir_unlink(r->n.dir, r->ne);
	move_dir(old, r->o.dir, r->n.dir);
	return 0;
}

/* Both parents walked: the entries, the checks, then the change and the times. */
static long rename_walked(struct rename_op *r)
{
	if (r->o.last_type != LAST_NORM)
		return E(EBUSY);
	if (r->n.last_type != LAST_NORM)
		return r->flags & LINUX_RENAME_NOREPLACE ? E(EEXIST) : E(EBUSY);
	long err = vfs_dir_lookup(r->o.dir, r->o.last, r->o.last_len, &r->oe);
	if (err)
		return err;
	err = vfs_dir_lookup(r->n.dir, r->n.last, r->n.last_len, &r->ne);
	if (err && err != E(ENOENT))
		return err;
	if ((err = rename_check(r)))
		return err > 0 ? 0 : err;
	struct vfs_vnode *old = r->oe->node;
	if (r->flags & LINUX_RENAME_EXCHANGE)
		do_exchange(r);
	else if ((err = do_move(r)))
		return err;
	vfs_node_touch(old, T_C);
	vfs_node_touch(r->o.dir, T_M | T_C);
	vfs_node_touch(r->n.dir, T_M | T_C);
	return 0;
}

/* renameat2: RENAME_WHITEOUT and unknown flags are -EINVAL. */
long vfs_renameat2(struct vfs_proc *p, int olddirfd, const char *oldpath, int newdirfd,
		   const char *newpath, uint32_t flags)
{
	struct rename_op r = { .flags = flags };

	if (flags & ~(LINUX_RENAME_NOREPLACE | LINUX_RENAME_EXCHANGE))
		return E(EINVAL);
	if ((flags & LINUX_RENAME_NOREPLACE) && (flags & LINUX_RENAME_EXCHANGE))
		return E(EINVAL);
	long err = vfs_walk_parent(&r.o, p, olddirfd, oldpath, 0);
	if (!err)
		err = vfs_walk_parent(&r.n, p, newdirfd, newpath, 0);
	if (!err)
		err = rename_walked(&r);
	vfs_walk_done(&r.n);
	vfs_walk_done(&r.o);
	return err;
}
