/*
 * Path lookup as Linux's fs/namei.c does it: absolute or relative to the
 * cwd or a dirfd, "." and "..", repeated and trailing slashes, symlinks
 * followed through a stack of the strings still to walk (at most
 * VFS_MAXSYMLINKS links per lookup, else -ELOOP). Callers that create or
 * remove walk to the parent and handle the last component themselves.
 * Entry points: vfs_path_check, vfs_walk_parent, vfs_walk_last,
 * vfs_walk_follow, vfs_walk_into, vfs_walk_done, vfs_lookup, vfs_lookup_at.
 */
#include "internal.h"

/* the length of a path fs0 copied in, or -EFAULT (NULL) or -ENAMETOOLONG */
long vfs_path_check(const char *path)
{
	if (!path)
		return E(EFAULT);
	size_t n = strnlen(path, LINUX_PATH_MAX);
	return n >= LINUX_PATH_MAX ? E(ENAMETOOLONG) : (long)n;
}

/* Moves the walk to directory-or-not v. */
static void walk_move(struct vfs_walk *w, struct vfs_vnode *v)
{
	struct vfs_vnode *old = w->dir;

	vfs_node_get(v);
	w->dir = v;
	vfs_node_put(old);
}

/* where ".." leads from directory d: its parent, except at the process's root */
static struct vfs_vnode *dotdot(struct vfs_walk *w, struct vfs_vnode *d)
{
	return d == w->p->root || !d->dir.parent ? d : d->dir.parent;
}

/* The next component (skipping slashes, popping finished strings): 1 and it, or 0. */
static int next_component(struct vfs_walk *w, const char **name, uint32_t *len)
{
	while (w->depth > 0) {
		const char *s = w->stack[w->depth - 1];
		while (*s == '/')
			s++;
		if (*s) {
			const char *end = strchr(s, '/');
			*len = end ? (uint32_t)(end - s) : (uint32_t)strlen(s);
			*name = s;
			w->stack[w->depth - 1] = s + *len;
			return 1;
		}
		w->depth--;
	}
	return 0;
}

/* 1 if nothing but slashes is left to walk; *slash says if there was one. */
static int nothing_left(const struct vfs_walk *w, int *slash)
{
	*slash = 0;
	for (int i = w->depth - 1; i >= 0; i--) {
		const char *s = w->stack[i];
		while (*s == '/') {
			s++;
			*slash = 1;
		}
		if (*s)
			return 0;
	}
	return 1;
}

/* LAST_DOT, LAST_DOTDOT or LAST_NORM for a component */
static int last_type(const char *name, uint32_t len)
{
	if (len == 1 && name[0] == '.')
		return LAST_DOT;
	if (len == 2 && name[0] == '.' && name[1] == '.')
		return LAST_DOTDOT;
	return LAST_NORM;
}

/* Pushes link's target onto the walk (from the root if absolute): 0, -ELOOP or -ENOENT. */
long vfs_walk_follow(struct vfs_walk *w, struct vfs_vnode *link)
{
	const char *t = link->lnk.target;

	if (++w->links > VFS_MAXSYMLINKS)
		return E(ELOOP);
	if (!*t)
		return E(ENOENT);
	if (*t == '/')
		walk_move(w, w->p->root);
	w->stack[w->depth++] = t;
	return 0;
}

/* One component that is not the last: into it, or through it if a symlink. */
static long walk_step(struct vfs_walk *w, const char *name, uint32_t len)
{
	struct vfs_dirent *e;
	int type = last_type(name, len);

	if (type == LAST_DOT)
		return 0;
	if (type == LAST_DOTDOT) {
		walk_move(w, dotdot(w, w->dir));
		return 0;
	}
	long err = vfs_dir_lookup(w->dir, name, len, &e);
	if (err)
		return err;
	if (IS_LNK(e->node))
		return vfs_walk_follow(w, e->node);
	walk_move(w, e->node);
	return 0;
}

/*
 * Walks the stacked strings until only the last component is left, which
 * it describes in w (LAST_ROOT or LAST_EMPTY when there is none): 0, or
 * -ENOTDIR, -ENOENT, -ENAMETOOLONG, -ELOOP.
 */
static long walk_run(struct vfs_walk *w, int empty)
{
	const char *name;
	uint32_t len;

	while (next_component(w, &name, &len)) {
		if (!IS_DIR(w->dir))
			return E(ENOTDIR);
		if (nothing_left(w, &w->slash)) {
			w->last = name;
			w->last_len = len;
			w->last_type = last_type(name, len);
			return 0;
		}
		long err = walk_step(w, name, len);
		if (err)
			return err;
	}
	w->last = NULL;
	w->last_len = 0;
	w->slash = 0;
	w->last_type = empty ? LAST_EMPTY : LAST_ROOT;
	return 0;
}

/*
 * Starts a walk of path from the root, the cwd or dirfd and walks to the
 * parent of the last component: 0, or -errno (w must be vfs_walk_done'd
 * either way). flags: LOOKUP_EMPTY lets "" name the start.
 */
long vfs_walk_parent(struct vfs_walk *w, struct vfs_proc *p, int dirfd, const char *path,
		     int flags)
{
	struct vfs_vnode *start;
	long n = vfs_path_check(path);

	w->p = p;
	w->dir = NULL;
	w->depth = w->links = 0;
	if (n < 0)
		return n;
	if (n == 0 && !(flags & LOOKUP_EMPTY))
		return E(ENOENT);
	if (path[0] == '/') {
		start = p->root;
	} else if (dirfd == LINUX_AT_FDCWD) {
		start = p->cwd;
	} else {
		struct vfs_file *f = vfs_fd_file(p, dirfd);
		if (!f)
			return E(EBADF);
		start = f->vnode;
		if (n && !IS_DIR(start))
			return E(ENOTDIR);
	}
	vfs_node_get(start);
	w->dir = start;
	w->stack[w->depth++] = path;
	return walk_run(w, n == 0);
}

/* Continues the walk through symlink link met as the last component. */
long vfs_walk_into(struct vfs_walk *w, struct vfs_vnode *link)
{
	long err = vfs_walk_follow(w, link);

	return err ? err : walk_run(w, 0);
}

/*
 * Resolves the last component to a held vnode, following a final symlink
 * if LOOKUP_FOLLOW or a trailing slash asks for it; a trailing slash or
 * LOOKUP_DIRECTORY needs a directory (-ENOTDIR).
 */
long vfs_walk_last(struct vfs_walk *w, int flags, struct vfs_vnode **out)
{
	struct vfs_vnode *v = w->dir;

	for (;;) {
		if (w->last_type == LAST_DOTDOT)
			v = dotdot(w, w->dir);
		if (w->last_type != LAST_NORM)
			break;
		struct vfs_dirent *e;
		long err = vfs_dir_lookup(w->dir, w->last, w->last_len, &e);
		if (err)
			return err;
		v = e->node;
		if (!IS_LNK(v) || !((flags & LOOKUP_FOLLOW) || w->slash))
			break;
		if ((err = vfs_walk_into(w, v)))
			return err;
		v = w->dir;
	}
	if ((w->slash || (flags & LOOKUP_DIRECTORY)) && !IS_DIR(v))
		return E(ENOTDIR);
	vfs_node_get(v);
	*out = v;
	return 0;
}

/* Drops the walk's reference (if any). */
void vfs_walk_done(struct vfs_walk *w)
{
	if (w->dir)
		vfs_node_put(w->dir);
	w->dir = NULL;
}

/* The whole path to a held vnode (flags LOOKUP_*): 0 and *out, or -errno. */
long vfs_lookup(struct vfs_proc *p, int dirfd, const char *path, int flags,
		struct vfs_vnode **out)
{
	struct vfs_walk w;
	long err = vfs_walk_parent(&w, p, dirfd, path, flags);

	if (!err)
		err = vfs_walk_last(&w, flags, out);
	vfs_walk_done(&w);
	return err;
}

/*
 * vfs_lookup for the *at calls that follow by default: at_flags may hold
 * only the AT_* bits in allowed (else -EINVAL); AT_SYMLINK_NOFOLLOW and
 * AT_EMPTY_PATH do what they say.
 */
long vfs_lookup_at(struct vfs_proc *p, int dirfd, const char *path, int at_flags,
		   int allowed, struct vfs_vnode **out)
{
	int flags = LOOKUP_FOLLOW;

	if (at_flags & ~allowed)
		return E(EINVAL);
	if (at_flags & LINUX_AT_SYMLINK_NOFOLLOW)
		flags = 0;
	if (at_flags & LINUX_AT_EMPTY_PATH)
		flags |= LOOKUP_EMPTY;
	return vfs_lookup(p, dirfd, path, flags, out);
}
