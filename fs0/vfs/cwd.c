/*
 * The working directory and access checks: chdir, fchdir, getcwd (the
 * syscall's result: the length with the NUL, -ERANGE if the buffer is too
 * small, -ENOENT once the directory is removed) and faccessat, where root
 * may read and write anything but executing needs an x bit (directories
 * may always be searched), as Linux's generic_permission decides.
 */
#include "internal.h"

/* Moves p's cwd reference to directory v. */
static void set_cwd(struct vfs_proc *p, struct vfs_vnode *v)
{
	struct vfs_vnode *old = p->cwd;

	vfs_node_get(v);
	p->cwd = v;
	vfs_node_put(old);
}

/* chdir: the path must name a directory (-ENOTDIR). */
long vfs_chdir(struct vfs_proc *p, const char *path)
{
	struct vfs_vnode *v;
	long err = vfs_lookup(p, LINUX_AT_FDCWD, path, LOOKUP_FOLLOW | LOOKUP_DIRECTORY, &v);

	if (err)
		return err;
	set_cwd(p, v);
	vfs_node_put(v);
	return 0;
}

/* fchdir: O_PATH descriptors allowed, as Linux. */
long vfs_fchdir(struct vfs_proc *p, int fd)
{
	struct vfs_file *f = vfs_fd_file(p, fd);

	if (!f)
		return E(EBADF);
	if (!IS_DIR(f->vnode))
		return E(ENOTDIR);
	set_cwd(p, f->vnode);
	return 0;
}

/* the entry naming directory d in its parent (d is not a root) */
static struct vfs_dirent *name_of(struct vfs_vnode *d)
{
	return vfs_dir_find_node(d->dir.parent, d);
}

/* 1 if d is where getcwd stops: the process's root or the tree's */
static int at_top(struct vfs_proc *p, struct vfs_vnode *d)
{
	return d == p->root || !d->dir.parent;
}

/* Writes the path of the cwd, len bytes without its NUL, into io. 0 or -EFAULT. */
static long put_path(struct vfs_proc *p, const struct vfs_io *io, size_t len)
{
	size_t at = len;

	if (vfs_io_copy_out(io, len, "", 1) != 1)
		return E(EFAULT);
	if (at_top(p, p->cwd))
		return vfs_io_copy_out(io, 0, "/", 1) == 1 ? 0 : E(EFAULT);
	for (struct vfs_vnode *d = p->cwd; !at_top(p, d); d = d->dir.parent) {
		struct vfs_dirent *e = name_of(d);
		at -= e->len;
		if (vfs_io_copy_out(io, at, e->name, e->len) != (long)e->len)
			return E(EFAULT);
		at--;
		if (vfs_io_copy_out(io, at, "/", 1) != 1)
			return E(EFAULT);
	}
	return 0;
}

/* The length first (for -ERANGE and -ENAMETOOLONG), then the names from the end. */
long vfs_getcwd(struct vfs_proc *p, const struct vfs_io *io)
{
	size_t len = 0;

	if (!p->cwd->nlink)
		return E(ENOENT);
	for (struct vfs_vnode *d = p->cwd; !at_top(p, d); d = d->dir.parent)
		len += 1 + name_of(d)->len;
	if (len == 0)
		len = 1;
	if (len + 1 > LINUX_PATH_MAX)
		return E(ENAMETOOLONG);
	if (len + 1 > io->bytes)
		return E(ERANGE);
	long err = put_path(p, io, len);
	return err ? err : (long)(len + 1);
}

/* faccessat2 as root: only X_OK can fail (-EACCES), and not on directories alone. */
long vfs_faccessat(struct vfs_proc *p, int dirfd, const char *path, int mode, int flags)
{
	struct vfs_vnode *v;

	if (mode & ~(LINUX_R_OK | LINUX_W_OK | LINUX_X_OK))
		return E(EINVAL);
	if (flags & ~(LINUX_AT_EACCESS | LINUX_AT_SYMLINK_NOFOLLOW | LINUX_AT_EMPTY_PATH))
		return E(EINVAL);
	long err = vfs_lookup_at(p, dirfd, path, flags & ~LINUX_AT_EACCESS,
				 LINUX_AT_SYMLINK_NOFOLLOW | LINUX_AT_EMPTY_PATH, &v);
	if (err)
		return err;
	if ((mode & LINUX_X_OK) && !(v->mode & 0111) && !(IS_DIR(v) && !(mode & LINUX_W_OK)))
		err = E(EACCES);
	vfs_node_put(v);
	return err;
}
