/*
 * Per-process state: root and cwd, umask, RLIMIT_NOFILE and the fd table,
 * with what fork, execve and exit do to them (mm0 tells fs0 about each).
 * Entry points: vfs_proc_new, vfs_proc_fork, vfs_proc_exec, vfs_proc_exit,
 * vfs_proc_set_nofile, vfs_umask.
 */
#include "internal.h"

/* A process with parent's root, cwd, umask and limit (or the defaults), no table yet. */
static struct vfs_proc *proc_alloc(const struct vfs_proc *parent)
{
	struct vfs_proc *p = vfs_mem_alloc(sizeof *p);

	if (!p)
		return NULL;
	p->root = parent ? parent->root : vfs_g.root;
	p->cwd = parent ? parent->cwd : vfs_g.root;
	p->umask = parent ? parent->umask : 022;
	p->nofile = parent ? parent->nofile : VFS_NOFILE_DEFAULT;
	vfs_node_get(p->root);
	vfs_node_get(p->cwd);
	LIST_ADD(vfs_g.procs, p);
	vfs_g.n.procs++;
	return p;
}

/* Frees p, which holds no table. */
static void proc_free(struct vfs_proc *p)
{
	vfs_node_put(p->cwd);
	vfs_node_put(p->root);
	LIST_DEL(vfs_g.procs, p);
	vfs_g.n.procs--;
	vfs_mem_free(p, sizeof *p);
}

/* A process with an empty fd table, rooted at "/". */
long vfs_proc_new(struct vfs_proc **out)
{
	struct vfs_proc *p;

	if (!vfs_g.ready || !(p = proc_alloc(NULL)))
		return E(ENOMEM);
	long err = vfs_fdtable_new(0, &p->fds);
	if (err) {
		proc_free(p);
		return err;
	}
	*out = p;
	return 0;
}

/* The child shares or copies the table; cwd, root, umask and limit are copied. */
long vfs_proc_fork(struct vfs_proc *parent, int share_fds, struct vfs_proc **out)
{
	struct vfs_proc *p = proc_alloc(parent);
	long err = 0;

	if (!p)
		return E(ENOMEM);
	if (share_fds) {
		p->fds = parent->fds;
		p->fds->refs++;
	} else if ((err = vfs_fdtable_copy(parent->fds, &p->fds))) {
		proc_free(p);
		return err;
	}
	*out = p;
	return 0;
}

/* A shared table is copied first, so the other sharers keep their fds. */
long vfs_proc_exec(struct vfs_proc *p)
{
	struct vfs_fdtable *t = p->fds;

	vfs_open_cancel(p);

	if (t->refs > 1) {
		long err = vfs_fdtable_copy(t, &p->fds);
		if (err)
			return err;
		vfs_fdtable_put(t);
	}
	for (uint32_t fd = 0; fd < p->fds->cap; fd++)
		if (p->fds->slot[fd] && p->fds->cloexec[fd])
			vfs_fd_close(p, (int)fd);
	return 0;
}

/* Ends a waiting open, closes p's fds (if the table was its own), drops cwd and root. */
void vfs_proc_exit(struct vfs_proc *p)
{
	vfs_open_cancel(p);
	vfs_fdtable_put(p->fds);
	proc_free(p);
}

/* New fds must be below limit, at most Linux's fs.nr_open default (1 << 20). */
void vfs_proc_set_nofile(struct vfs_proc *p, uint32_t limit)
{
	p->nofile = limit < VFS_NR_OPEN ? limit : VFS_NR_OPEN;
}

/* umask: the old mask; only the permission bits are kept. */
long vfs_umask(struct vfs_proc *p, uint32_t mask)
{
	long old = p->umask;

	p->umask = mask & 0777;
	return old;
}

uint32_t vfs_proc_nofile(const struct vfs_proc *p)
{
	return p->nofile;
}
