/*
 * Blocking FIFO opens (Linux fifo_open's wait_for_partner). An open for
 * reading only waits until a writer opens, one for writing only until a
 * reader does; while it waits it already counts as a reader or writer,
 * so the other side's open goes through at once (and an O_WRONLY |
 * O_NONBLOCK open does not fail with ENXIO). So the description stays
 * open, held by the process, while openat returns VFS_PENDING; fs0 parks
 * the call and calls openat again with the same arguments, which finds it
 * here and asks the FIFO ops (open_wait) whether the other end has come.
 * Entry points: vfs_open_is_retry, vfs_open_park, vfs_open_resume,
 * vfs_open_cancel.
 */
#include "internal.h"

/* 1 if this openat is the retry of p's waiting open (the same arguments) */
int vfs_open_is_retry(const struct vfs_proc *p, int dirfd, const char *path, uint32_t flags,
		      uint32_t mode)
{
	const struct vfs_open_wait *w = p->open_wait;

	return w->dirfd == dirfd && w->flags == flags && w->mode == mode && !strcmp(w->path, path);
}

/*
 * Keeps f (its one reference now a hold) as p's waiting open: VFS_PENDING,
 * or -ENOMEM (f closed).
 */
long vfs_open_park(struct vfs_proc *p, struct vfs_file *f, int dirfd, const char *path,
		   uint32_t flags, uint32_t mode)
{
	size_t bytes = sizeof(struct vfs_open_wait) + strlen(path) + 1;
	struct vfs_open_wait *w = vfs_mem_alloc(bytes);

	if (!w) {
		vfs_file_put(f);
		return E(ENOMEM);
	}
	w->file = f;
	w->dirfd = dirfd;
	w->flags = flags;
	w->mode = mode;
	w->bytes = bytes;
	memcpy(w->path, path, bytes - sizeof *w);
	f->holds++;
	p->open_wait = w;
	return VFS_PENDING;
}

/* Forgets p's waiting open; the description is returned (still held). */
static struct vfs_file *unpark(struct vfs_proc *p)
{
	struct vfs_open_wait *w = p->open_wait;
	struct vfs_file *f = w->file;

	p->open_wait = NULL;
	vfs_mem_free(w, w->bytes);
	return f;
}

/*
 * The retry of p's waiting open: VFS_PENDING while the other end has not
 * come, else the new fd (lowest free) or -EMFILE/-ENOMEM (the open undone).
 */
long vfs_open_resume(struct vfs_proc *p)
{
	struct vfs_file *f = p->open_wait->file;
	int cloexec = (p->open_wait->flags & LINUX_O_CLOEXEC) != 0;
	long r = f->dev->open_wait(f);

	if (r == VFS_PENDING)
		return r;
	long fd = r < 0 ? r : vfs_fd_alloc(p, 0);
	unpark(p);
	f->holds--;
	if (fd < 0)
		vfs_file_put(f);
	else
		vfs_fd_install(p, (int)fd, f, cloexec);
	return fd;
}

/* Drops p's waiting open, if any, as a signal would end it: its end closes. */
void vfs_open_cancel(struct vfs_proc *p)
{
	if (!p->open_wait)
		return;
	struct vfs_file *f = unpark(p);
	vfs_file_release(f);
}
