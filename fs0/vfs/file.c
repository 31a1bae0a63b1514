/*
 * Open file descriptions: what open() creates and fd slots point to. They
 * hold their vnode; char devices and FIFOs get their ops (and may refuse
 * the open) here. Entry points: vfs_file_open, vfs_file_put, vfs_file_free,
 * vfs_file_hold, vfs_file_release.
 */
#include "internal.h"

/* Which ops serve an opened special file: 0 and *ops, or -ENXIO. */
static long special_ops(struct vfs_vnode *v, const struct vfs_dev_ops **ops)
{
	if (LINUX_S_ISCHR(v->mode))
		*ops = vfs_dev_find(v->rdev_major, v->rdev_minor);
	else if (LINUX_S_ISFIFO(v->mode))
		*ops = vfs_g.fifo_ops;
	else
		*ops = NULL;
	return *ops ? 0 : E(ENXIO);
}

/*
 * What an open of v with flags may do (VFS_FMODE_*) and its ops: 0, -ENXIO,
 * or -EOVERFLOW for a file above 2^31 - 1 bytes without O_LARGEFILE
 * (generic_file_open).
 */
static long open_mode(struct vfs_vnode *v, uint32_t flags, uint32_t *mode,
		      const struct vfs_dev_ops **ops)
{
	*ops = NULL;
	*mode = VFS_FMODE_PATH;
	if (flags & LINUX_O_PATH)
		return 0;
	*mode = ((flags + 1) & LINUX_O_ACCMODE) | VFS_FMODE_SEEK;
	if (IS_REG(v))
		return v->size > VFS_NON_LFS_BYTES && !(flags & LINUX_O_LARGEFILE) ?
		       E(EOVERFLOW) : 0;
	if (IS_DIR(v))
		return 0;
	long err = special_ops(v, ops);
	if (!err && !(*ops)->llseek)
		*mode &= ~VFS_FMODE_SEEK;
	if (LINUX_S_ISFIFO(v->mode) && v->fifo.anon)
		*mode |= VFS_FMODE_PIPE;
	return err;
}

/*
 * A description of v opened with flags (already checked by the caller;
 * the device's open sees O_NOCTTY in f->flags, as Linux's tty_open does):
 * 0 and *out with one reference, -ENOMEM, -ENXIO (no driver, a block device
 * or socket), -EOVERFLOW or the device's open error; or VFS_PENDING and
 * *out, open, for a FIFO open that must wait for the other end.
 */
long vfs_file_open(struct vfs_vnode *v, uint32_t flags, struct vfs_file **out)
{
	const struct vfs_dev_ops *ops;
	uint32_t mode;
	long err = open_mode(v, flags, &mode, &ops);

	if (err)
		return err;
	struct vfs_file *f = vfs_mem_alloc(sizeof *f);
	if (!f)
		return E(ENOMEM);
	f->vnode = v;
	f->dev = ops;
	f->flags = flags & ~(LINUX_O_CREAT | LINUX_O_EXCL | LINUX_O_TRUNC | LINUX_O_CLOEXEC);
	f->mode = mode;
	f->refs = 1;
	vfs_node_get(v);
	if (ops && ops->open && (err = ops->open(f)) && err != VFS_PENDING) {
		vfs_node_put(v);
		vfs_mem_free(f, sizeof *f);
		return err;
	}
	f->flags &= ~LINUX_O_NOCTTY;    /* the open saw it (a tty's), F_GETFL does not */
	LIST_ADD(vfs_g.files, f);
	vfs_g.n.files++;
	*out = f;
	return err;
}

/* Frees f now: its OFD locks, the device's release, the vnode reference. */
void vfs_file_free(struct vfs_file *f)
{
	vfs_lock_remove(f->vnode, f);
	if (f->dev && f->dev->release)
		f->dev->release(f);
	LIST_DEL(vfs_g.files, f);
	vfs_g.n.files--;
	struct vfs_vnode *v = f->vnode;
	vfs_mem_free(f, sizeof *f);
	vfs_node_put(v);
}

/* Drops a reference; the last one frees f. */
void vfs_file_put(struct vfs_file *f)
{
	if (--f->refs == 0)
		vfs_file_free(f);
}

/* One more reference to fd's description, counted as a hold. */
struct vfs_file *vfs_file_hold(struct vfs_proc *p, int fd)
{
	struct vfs_file *f = vfs_fd_file(p, fd);

	if (f) {
		f->refs++;
		f->holds++;
	}
	return f;
}

/* Drops a hold. */
void vfs_file_release(struct vfs_file *f)
{
	f->holds--;
	vfs_file_put(f);
}
