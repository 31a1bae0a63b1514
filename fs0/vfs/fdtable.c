/*
 * File descriptor tables: slots pointing to open file descriptions, each
 * with its close-on-exec bit, grown on demand up to the process's
 * RLIMIT_NOFILE; the lowest free slot is handed out. A table may be shared
 * by processes (CLONE_FILES) or copied (fork).
 * Entry points: vfs_fd_file, vfs_fd_io_file, vfs_fd_alloc, vfs_fd_expand,
 * vfs_fd_install, vfs_fd_close, vfs_fdtable_new, vfs_fdtable_copy,
 * vfs_fdtable_put, vfs_fdtable_bytes.
 */
#include "internal.h"

/* bytes of the slot and close-on-exec arrays for cap slots */
size_t vfs_fdtable_bytes(uint32_t cap)
{
	return cap * (sizeof(struct vfs_file *) + 1);
}

/* Resizes t's arrays to cap slots (>= t->cap): 0 or -ENOMEM. */
static long resize(struct vfs_fdtable *t, uint32_t cap)
{
	struct vfs_file **slot = vfs_mem_alloc(vfs_fdtable_bytes(cap));

	if (!slot)
		return E(ENOMEM);
	uint8_t *cloexec = (uint8_t *)(slot + cap);
	if (t->cap) {
		memcpy(slot, t->slot, t->cap * sizeof *slot);
		memcpy(cloexec, t->cloexec, t->cap);
	}
	vfs_mem_free(t->slot, vfs_fdtable_bytes(t->cap));
	t->slot = slot;
	t->cloexec = cloexec;
	t->cap = cap;
	return 0;
}

/* A table with room for cap slots and one reference: 0 or -ENOMEM. */
long vfs_fdtable_new(uint32_t cap, struct vfs_fdtable **out)
{
	struct vfs_fdtable *t = vfs_mem_alloc(sizeof *t);

	if (!t)
		return E(ENOMEM);
	if (cap && resize(t, cap)) {
		vfs_mem_free(t, sizeof *t);
		return E(ENOMEM);
	}
	t->refs = 1;
	LIST_ADD(vfs_g.tables, t);
	vfs_g.n.fdtables++;
	*out = t;
	return 0;
}

/* A copy of src for fork: the same files (each one more reference). */
long vfs_fdtable_copy(struct vfs_fdtable *src, struct vfs_fdtable **out)
{
	long err = vfs_fdtable_new(src->cap, out);

	if (err)
		return err;
	struct vfs_fdtable *t = *out;
	for (uint32_t i = 0; i < src->cap; i++) {
		if (!(t->slot[i] = src->slot[i]))
			continue;
		t->slot[i]->refs++;
		t->cloexec[i] = src->cloexec[i];
		t->used++;
		vfs_g.n.fd_refs++;
	}
	return 0;
}

/* Drops a reference; the last closes every slot and frees t. */
void vfs_fdtable_put(struct vfs_fdtable *t)
{
	if (--t->refs)
		return;
	for (uint32_t i = 0; i < t->cap; i++) {
		if (t->slot[i]) {
			vfs_g.n.fd_refs--;
			vfs_lock_close(t->slot[i], t);
			vfs_file_put(t->slot[i]);
		}
	}
	vfs_mem_free(t->slot, vfs_fdtable_bytes(t->cap));
	LIST_DEL(vfs_g.tables, t);
	vfs_g.n.fdtables--;
	vfs_mem_free(t, sizeof *t);
}

/* the file open as fd (O_PATH ones too), or NULL */
struct vfs_file *vfs_fd_file(struct vfs_proc *p, int fd)
{
	struct vfs_fdtable *t = p->fds;

	if (fd < 0 || (uint32_t)fd >= t->cap)
		return NULL;
	return t->slot[fd];
}

/* the file open as fd unless it is O_PATH (Linux fdget), or NULL */
struct vfs_file *vfs_fd_io_file(struct vfs_proc *p, int fd)
{
	struct vfs_file *f = vfs_fd_file(p, fd);

	return f && !(f->mode & VFS_FMODE_PATH) ? f : NULL;
}

/* Makes slot fd exist: 0 or -ENOMEM. */
long vfs_fd_expand(struct vfs_proc *p, uint32_t fd)
{
	uint32_t cap = p->fds->cap ? p->fds->cap : 16;

	if (fd < p->fds->cap)
		return 0;
	while (cap <= fd)
		cap *= 2;
	if (cap > p->nofile && p->nofile > fd)
		cap = p->nofile;
	return resize(p->fds, cap);
}

/* The lowest free fd >= from below the limit: it, -EMFILE or -ENOMEM. */
long vfs_fd_alloc(struct vfs_proc *p, uint32_t from)
{
	for (uint32_t fd = from; fd < p->nofile; fd++) {
		if (fd >= p->fds->cap) {
			long err = vfs_fd_expand(p, fd);
			return err ? err : (long)fd;
		}
		if (!p->fds->slot[fd])
			return (long)fd;
	}
	return E(EMFILE);
}

/* Puts f (its reference passes to the slot) in free slot fd, which exists. */
void vfs_fd_install(struct vfs_proc *p, int fd, struct vfs_file *f, int cloexec)
{
	p->fds->slot[fd] = f;
	p->fds->cloexec[fd] = cloexec ? 1 : 0;
	p->fds->used++;
	vfs_g.n.fd_refs++;
}

/* Empties slot fd, dropping the table's record locks on its file: 0 or -EBADF. */
long vfs_fd_close(struct vfs_proc *p, int fd)
{
	struct vfs_file *f = vfs_fd_file(p, fd);

	if (!f)
		return E(EBADF);
	p->fds->slot[fd] = NULL;
	p->fds->cloexec[fd] = 0;
	p->fds->used--;
	vfs_g.n.fd_refs--;
	vfs_lock_close(f, p->fds);
	vfs_file_put(f);
	return 0;
}
