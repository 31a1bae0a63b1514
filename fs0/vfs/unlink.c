/*
 * Removing names: unlinkat for files and, with AT_REMOVEDIR, directories
 * (rmdir). An unlinked file still open lives on until its last close.
 */
#include "internal.h"

/* unlink: the errors of Linux do_unlinkat, then the removal */
static long do_unlink(struct vfs_walk *w)
{
	struct vfs_dirent *e;

	if (w->last_type != LAST_NORM)
		return E(EISDIR);
	long err = vfs_dir_lookup(w->dir, w->last, w->last_len, &e);
	if (err)
		return err;
	if (IS_DIR(e->node))
		return E(EISDIR);
	if (w->slash)
		return E(ENOTDIR);
	vfs_dir_unlink(w->dir, e);
	return 0;
}

/* rmdir: the errors of Linux do_rmdir, then the removal */
static long do_rmdir(struct vfs_walk *w)
{
	struct vfs_dirent *e;

	if (w->last_type == LAST_DOTDOT)
		return E(ENOTEMPTY);
	if (w->last_type == LAST_DOT)
		return E(EINVAL);
	if (w->last_type != LAST_NORM)
		return E(EBUSY);
	long err = vfs_dir_lookup(w->dir, w->last, w->last_len, &e);
	if (err)
		return err;
	if (!IS_DIR(e->node))
		return E(ENOTDIR);
	if (e->node->dir.entries)
		return E(ENOTEMPTY);
	vfs_dir_unlink(w->dir, e);
	return 0;
}

/* unlinkat: AT_REMOVEDIR is the only flag. */
long vfs_unlinkat(struct vfs_proc *p, int dirfd, const char *path, int flags)
{
	struct vfs_walk w;

	if (flags & ~LINUX_AT_REMOVEDIR)
		return E(EINVAL);
	long err = vfs_walk_parent(&w, p, dirfd, path, 0);
	if (!err)
		err = flags & LINUX_AT_REMOVEDIR ? do_rmdir(&w) : do_unlink(&w);
	vfs_walk_done(&w);
	return err;
}
