/*
 * Making new names: the lookup every creating call shares (Linux
 * filename_create), node creation with ownership inherited from a set-gid
 * directory, and mkdirat and mknodat.
 * Entry points: vfs_create_prep, vfs_create_node, vfs_mkdirat, vfs_mknodat.
 */
#include "internal.h"

/*
 * Walks to the parent of a name about to be created: 0 with w ready for
 * vfs_create_node, or -EEXIST (it exists, or is "/", "." or ".."), -ENOENT
 * (a missing parent, a removed directory, or a trailing slash when not
 * making a directory) and the walk's errors. vfs_walk_done(w) in all cases.
 */
long vfs_create_prep(struct vfs_walk *w, struct vfs_proc *p, int dirfd, const char *path,
		     int want_dir)
{
	struct vfs_dirent *e;
	long err = vfs_walk_parent(w, p, dirfd, path, 0);

	if (err)
		return err;
	if (w->last_type != LAST_NORM)
		return E(EEXIST);
	if (w->dir->nlink == 0)
		return E(ENOENT);
	err = vfs_dir_lookup(w->dir, w->last, w->last_len, &e);
	if (err == 0)
		return E(EEXIST);
	if (err != E(ENOENT))
		return err;
	return w->slash && !want_dir ? E(ENOENT) : 0;
}

/*
 * Creates the node of mode (type and final permission bits) under the name
 * vfs_create_prep found: 0 and *out (linked, not held), -ENOSPC, -ENOMEM.
 */
long vfs_create_node(struct vfs_walk *w, uint32_t mode, struct vfs_vnode **out)
{
	struct vfs_vnode *v;
	long err;

	if ((w->dir->mode & LINUX_S_ISGID) && LINUX_S_ISDIR(mode))
		mode |= LINUX_S_ISGID;
	if ((err = vfs_node_new(mode, &v)))
		return err;
	if (w->dir->mode & LINUX_S_ISGID)
		v->gid = w->dir->gid;
	if ((err = vfs_dir_link_new(w->dir, w->last, w->last_len, v))) {
		vfs_node_destroy(v);
		return err;
	}
	*out = v;
	return 0;
}

/* mkdirat: permissions (mode & 01777 & ~umask), a trailing slash allowed. */
long vfs_mkdirat(struct vfs_proc *p, int dirfd, const char *path, uint32_t mode)
{
	struct vfs_walk w;
	struct vfs_vnode *v;
	long err = vfs_create_prep(&w, p, dirfd, path, 1);

	if (!err)
		err = vfs_create_node(&w, LINUX_S_IFDIR | (mode & 01777 & ~p->umask), &v);
	vfs_walk_done(&w);
	return err;
}

/* the node type mknod makes of mode: S_IF*, or -EPERM (directory), -EINVAL */
static long mknod_type(uint32_t mode)
{
	switch (mode & LINUX_S_IFMT) {
	case 0:
		return LINUX_S_IFREG;
	case LINUX_S_IFREG:
	case LINUX_S_IFCHR:
	case LINUX_S_IFBLK:
	case LINUX_S_IFIFO:
	case LINUX_S_IFSOCK:
		return mode & LINUX_S_IFMT;
	case LINUX_S_IFDIR:
		return E(EPERM);
	default:
		return E(EINVAL);
	}
}

/* mknodat: the type is checked before the path (-EPERM, -EINVAL); rdev only for devices. */
long vfs_mknodat(struct vfs_proc *p, int dirfd, const char *path, uint32_t mode, uint32_t dev)
{
	struct vfs_walk w;
	struct vfs_vnode *v;
	long type = mknod_type(mode);

	if (type < 0)
		return type;
	long err = vfs_create_prep(&w, p, dirfd, path, 0);
	if (!err)
		err = vfs_create_node(&w, (uint32_t)type | (mode & 07777 & ~p->umask), &v);
	if (!err && (type == LINUX_S_IFCHR || type == LINUX_S_IFBLK)) {
		v->rdev_major = (dev & 0xfff00) >> 8;
		v->rdev_minor = (dev & 0xff) | ((dev >> 12) & 0xfff00);
	}
	vfs_walk_done(&w);
	return err;
}
