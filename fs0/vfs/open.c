/*
 * openat and close. Linux's order: flags (-EINVAL), the path string
 * (-ENOENT, -ENAMETOOLONG), a free fd (-EMFILE), the lookup or creation,
 * may_open's type checks, the open itself (a device's or FIFO's, a large
 * file without O_LARGEFILE), then O_TRUNC.
 * Entry points: vfs_openat, vfs_open_node, vfs_close.
 */
#include "internal.h"

#define VALID_OPEN_FLAGS \
	(LINUX_O_ACCMODE | LINUX_O_CREAT | LINUX_O_EXCL | LINUX_O_NOCTTY | LINUX_O_TRUNC | \
	 LINUX_O_APPEND | LINUX_O_NONBLOCK | LINUX___O_SYNC | LINUX_O_DSYNC | LINUX_FASYNC | \
	 LINUX_O_DIRECT | LINUX_O_LARGEFILE | LINUX_O_DIRECTORY | LINUX_O_NOFOLLOW | \
	 LINUX_O_NOATIME | LINUX_O_CLOEXEC | LINUX_O_PATH | LINUX___O_TMPFILE)
#define O_PATH_FLAGS (LINUX_O_DIRECTORY | LINUX_O_NOFOLLOW | LINUX_O_PATH | LINUX_O_CLOEXEC)

/* flags as open/openat pass them on: unknown bits dropped, O_PATH's few kept */
static uint32_t clean_flags(uint32_t flags)
{
	flags &= VALID_OPEN_FLAGS;
	if (flags & LINUX___O_SYNC)
		flags |= LINUX_O_DSYNC;
	if (flags & LINUX_O_PATH)
		flags &= O_PATH_FLAGS;
	return flags;
}

/* 1 if the open needs write access (Linux MAY_WRITE in acc_mode) */
static int wants_write(uint32_t flags)
{
	return (flags & LINUX_O_ACCMODE) != LINUX_O_RDONLY || (flags & LINUX_O_TRUNC);
}

/* O_CREAT: the last component, created if missing; 1 if it was created. */
static long open_create(struct vfs_walk *w, uint32_t flags, uint32_t mode,
			struct vfs_vnode **out)
{
	for (;;) {
		struct vfs_dirent *e;
		if (w->last_type != LAST_NORM)
			return vfs_walk_last(w, 0, out);
		if (w->slash)
			return E(EISDIR);
		long err = vfs_dir_lookup(w->dir, w->last, w->last_len, &e);
		if (err == E(ENOENT)) {
			if (!w->dir->nlink)
				return E(ENOENT);
			err = vfs_create_node(w, LINUX_S_IFREG | (mode & 07777 & ~w->p->umask), out);
			if (err)
				return err;
			vfs_node_get(*out);
			return 1;
		}
		if (err)
			return err;
		if (!IS_LNK(e->node) || (flags & (LINUX_O_EXCL | LINUX_O_NOFOLLOW))) {
			vfs_node_get(e->node);
			*out = e->node;
			return 0;
		}
		if ((err = vfs_walk_into(w, e->node)))
			return err;
	}
}

/* O_TMPFILE: an unnamed regular file in the directory path names. */
static long open_tmpfile(struct vfs_proc *p, int dirfd, const char *path, uint32_t flags,
			 uint32_t mode, struct vfs_vnode **out)
{
	struct vfs_vnode *dir, *v;
	long err = vfs_lookup(p, dirfd, path, LOOKUP_FOLLOW | LOOKUP_DIRECTORY, &dir);

	if (err)
		return err;
	if (!dir->nlink)
		err = E(ENOENT);
	else if (!(err = vfs_node_new(LINUX_S_IFREG | (mode & 07777 & ~p->umask), &v))) {
		if (dir->mode & LINUX_S_ISGID)
			v->gid = dir->gid;
		v->linkable = !(flags & LINUX_O_EXCL);
		vfs_node_get(v);
		*out = v;
		err = 1;
	}
	vfs_node_put(dir);
	return err;
}

/*
 * The vnode an open of path with (clean) flags names, created if O_CREAT:
 * held in *out; returns 1 if created, 0 if it existed, or -errno.
 */
long vfs_open_node(struct vfs_proc *p, int dirfd, const char *path, uint32_t flags,
		   uint32_t mode, struct vfs_vnode **out)
{
	struct vfs_walk w;
	long err;

	if (flags & LINUX___O_TMPFILE)
		return open_tmpfile(p, dirfd, path, flags, mode, out);
	if (!(flags & LINUX_O_CREAT)) {
		int lf = (flags & LINUX_O_NOFOLLOW ? 0 : LOOKUP_FOLLOW) |
			 (flags & LINUX_O_DIRECTORY ? LOOKUP_DIRECTORY : 0);
		return vfs_lookup(p, dirfd, path, lf, out);
	}
	err = vfs_walk_parent(&w, p, dirfd, path, 0);
	if (!err)
		err = open_create(&w, flags, mode, out);
	vfs_walk_done(&w);
	return err;
}

/* Linux's do_open and may_open checks on the node found */
static long open_checks(struct vfs_vnode *v, uint32_t flags, int created)
{
	if (flags & LINUX_O_CREAT) {
		if ((flags & LINUX_O_EXCL) && !created)
			return E(EEXIST);
		if (IS_DIR(v))
			return E(EISDIR);
	}
	if ((flags & LINUX_O_DIRECTORY) && !(flags & LINUX___O_TMPFILE) && !IS_DIR(v))
		return E(ENOTDIR);
	if (flags & LINUX_O_PATH)
		return 0;
	if (IS_LNK(v))
		return E(ELOOP);
	if (IS_DIR(v) && wants_write(flags))
		return E(EISDIR);
	return 0;
}

/* the open flags refused before anything else */
static long flags_check(uint32_t flags)
{
	if ((flags & (LINUX_O_DIRECTORY | LINUX_O_CREAT)) == (LINUX_O_DIRECTORY | LINUX_O_CREAT))
		return E(EINVAL);
	if (flags & LINUX___O_TMPFILE) {
		if ((flags & (LINUX_O_TMPFILE | LINUX_O_CREAT)) != LINUX_O_TMPFILE)
			return E(EINVAL);
		if ((flags & LINUX_O_ACCMODE) == LINUX_O_RDONLY)
			return E(EINVAL);
	}
	return 0;
}

/*
 * openat: the fd is reserved before the lookup, so -EMFILE wins over lookup
 * errors. A blocking FIFO open that must wait for the other end returns
 * VFS_PENDING and is finished by the same call again (openwait.c).
 */
long vfs_openat(struct vfs_proc *p, int dirfd, const char *path, uint32_t flags, uint32_t mode)
{
	struct vfs_vnode *v;
	struct vfs_file *f;

	flags = clean_flags(flags);
	if (p->open_wait) {
		if (vfs_open_is_retry(p, dirfd, path, flags, mode))
			return vfs_open_resume(p);
		vfs_open_cancel(p);
	}
	long err = flags_check(flags);
	if (err)
		return err;
	long len = vfs_path_check(path);
	if (len <= 0)
		return len ? len : E(ENOENT);
	long fd = vfs_fd_alloc(p, 0);
	if (fd < 0)
		return fd;
	long created = vfs_open_node(p, dirfd, path, flags, mode, &v);
	if (created < 0)
		return created;
	if (!(err = open_checks(v, flags, (int)created)) && !(err = vfs_file_open(v, flags, &f))) {
		if ((flags & LINUX_O_TRUNC) && IS_REG(v) && !created && !(flags & LINUX_O_PATH))
			vfs_setattr_size(v, 0);
		vfs_fd_install(p, (int)fd, f, flags & LINUX_O_CLOEXEC);
	} else if (err == VFS_PENDING) {
		err = vfs_open_park(p, f, dirfd, path, flags, mode);
	}
	vfs_node_put(v);
	return err ? err : fd;
}

/* close: -EBADF for a free slot. */
long vfs_close(struct vfs_proc *p, int fd)
{
	return vfs_fd_close(p, fd);
}
