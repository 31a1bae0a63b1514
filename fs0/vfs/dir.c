/*
 * Directory contents: a list of entries in creation order, each with a
 * getdents cookie that never changes and is never reused (2, 3, ...; 0 and
 * 1 are "." and ".."), so a reader's position survives insertions and
 * removals as with Linux's tmpfs (simple_offset). "." and ".." are not
 * stored: lookup handles them, ".." through the parent pointer.
 * Entry points: vfs_dir_find, vfs_dir_find_node, vfs_dir_lookup,
 * vfs_dir_insert, vfs_dir_remove, vfs_dir_at, vfs_dir_set_parent,
 * vfs_dir_link_new, vfs_dir_unlink, vfs_dir_is_ancestor.
 */
#include "internal.h"

/* the entry called name, or NULL */
struct vfs_dirent *vfs_dir_find(struct vfs_vnode *dir, const char *name, uint32_t len)
{
	for (struct vfs_dirent *e = dir->dir.first; e; e = e->next)
		if (e->len == len && !memcmp(e->name, name, len))
			return e;
	return NULL;
}

/* the entry naming node, or NULL */
struct vfs_dirent *vfs_dir_find_node(struct vfs_vnode *dir, struct vfs_vnode *node)
{
	for (struct vfs_dirent *e = dir->dir.first; e; e = e->next)
		if (e->node == node)
			return e;
	return NULL;
}

/* Looks name up in dir: 0 and *out, -ENAMETOOLONG or -ENOENT. */
long vfs_dir_lookup(struct vfs_vnode *dir, const char *name, uint32_t len,
		    struct vfs_dirent **out)
{
	if (len > LINUX_NAME_MAX)
		return E(ENAMETOOLONG);
	*out = vfs_dir_find(dir, name, len);
	return *out ? 0 : E(ENOENT);
}

/* Appends an entry name -> node (no link counts): 0 or -ENOMEM. */
long vfs_dir_insert(struct vfs_vnode *dir, const char *name, uint32_t len,
		    struct vfs_vnode *node)
{
	struct vfs_dirent *e = vfs_mem_alloc(sizeof *e + len + 1);

	if (!e)
		return E(ENOMEM);
	memcpy(e->name, name, len);
	e->len = len;
	e->node = node;
	e->cookie = dir->dir.next_cookie++;
	if (dir->dir.last)
		dir->dir.last->next = e;
	else
		dir->dir.first = e;
	dir->dir.last = e;
	dir->dir.entries++;
	dir->size += BOGO_DIRENT_BYTES;
	vfs_g.n.dirents++;
	return 0;
}

/* Removes and frees entry e (no link counts). */
void vfs_dir_remove(struct vfs_vnode *dir, struct vfs_dirent *e)
{
	struct vfs_dirent *prev = NULL;

	for (struct vfs_dirent *i = dir->dir.first; i != e; i = i->next)
		prev = i;
	if (prev)
		prev->next = e->next;
	else
		dir->dir.first = e->next;
	if (dir->dir.last == e)
		dir->dir.last = prev;
	dir->dir.entries--;
	dir->size -= BOGO_DIRENT_BYTES;
	vfs_g.n.dirents--;
	vfs_mem_free(e, sizeof *e + e->len + 1);
}

/* the first entry at getdents position pos or after, or NULL */
struct vfs_dirent *vfs_dir_at(struct vfs_vnode *dir, uint64_t pos)
{
	struct vfs_dirent *e = dir->dir.first;

	while (e && e->cookie < pos)
		e = e->next;
	return e;
}

/* Makes parent the ".." of directory dir (moving the reference). */
void vfs_dir_set_parent(struct vfs_vnode *dir, struct vfs_vnode *parent)
{
	struct vfs_vnode *old = dir->dir.parent;

	vfs_node_get(parent);
	dir->dir.parent = parent;
	if (old)
		vfs_node_put(old);
}

/*
 * Names node in dir as name (a new node, or a new hard link): link counts,
 * the directory's times. 0 or -ENOMEM.
 */
long vfs_dir_link_new(struct vfs_vnode *dir, const char *name, uint32_t len,
		      struct vfs_vnode *node)
{
	long err = vfs_dir_insert(dir, name, len, node);

	if (err)
		return err;
	if (IS_DIR(node)) {
		node->nlink = 2;
		dir->nlink++;
		vfs_dir_set_parent(node, dir);
	} else {
		node->nlink++;
	}
	vfs_node_touch(dir, T_M | T_C);
	return 0;
}

/* Removes entry e of dir (unlink, rmdir): link counts, times; frees an unheld node. */
void vfs_dir_unlink(struct vfs_vnode *dir, struct vfs_dirent *e)
{
	struct vfs_vnode *node = e->node;

	vfs_dir_remove(dir, e);
	if (IS_DIR(node)) {
		node->nlink = 0;
		dir->nlink--;
	} else {
		node->nlink--;
	}
	vfs_node_touch(dir, T_M | T_C);
	vfs_node_touch(node, T_C);
	if (!node->nlink && !node->refs)
		vfs_node_destroy(node);
}

/* 1 if directory a is d or one of d's ancestors */
int vfs_dir_is_ancestor(struct vfs_vnode *a, struct vfs_vnode *d)
{
	for (; d; d = d->dir.parent)
		if (d == a)
			return 1;
	return 0;
}
