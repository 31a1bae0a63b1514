/*
 * Anonymous pipes: an unlinked FIFO vnode held only by its two open file
 * descriptions, both opened through the registered FIFO ops, which keep
 * the pipe itself in the vnode's fifo slot. Entry points: vfs_pipe2,
 * vfs_file_fifo.
 */
#include "internal.h"

#define PIPE_FLAGS (LINUX_O_CLOEXEC | LINUX_O_NONBLOCK | LINUX_O_DIRECT)

void **vfs_file_fifo(struct vfs_file *f)
{
	return &f->vnode->fifo.priv;
}

/* Installs f at the lowest free fd: the fd, or -EMFILE/-ENOMEM (f is then the caller's). */
static long install(struct vfs_proc *p, struct vfs_file *f, int cloexec)
{
	long fd = vfs_fd_alloc(p, 0);

	if (fd >= 0)
		vfs_fd_install(p, (int)fd, f, cloexec);
	return fd;
}

long vfs_pipe2(struct vfs_proc *p, uint32_t flags, int fds[2])
{
	struct vfs_file *r = NULL, *w = NULL;
	struct vfs_vnode *v;
	uint32_t keep = flags & (LINUX_O_NONBLOCK | LINUX_O_DIRECT);
	int cloexec = (flags & LINUX_O_CLOEXEC) != 0;

	if (flags & ~PIPE_FLAGS)
		return E(EINVAL);
	if (!vfs_g.fifo_ops)
		return E(ENFILE);
	long err = vfs_node_new(LINUX_S_IFIFO | 0600, &v);
	if (err)
		return err == E(ENOSPC) ? E(ENFILE) : err;
	v->fifo.anon = 1;
	vfs_node_get(v);                /* ours until both ends hold it */
	err = vfs_file_open(v, LINUX_O_RDONLY | keep, &r);
	if (!err)
		err = vfs_file_open(v, LINUX_O_WRONLY | keep, &w);
	long fd0 = err ? err : install(p, r, cloexec);
	long fd1 = fd0 < 0 ? fd0 : install(p, w, cloexec);
	if (fd1 < 0) {
		if (fd0 >= 0)
			vfs_fd_close(p, (int)fd0);
		else if (r)
			vfs_file_put(r);
		if (w)
			vfs_file_put(w);
	} else {
		fds[0] = (int)fd0;
		fds[1] = (int)fd1;
	}
	vfs_node_put(v);
	return fd1 < 0 ? fd1 : 0;
}
