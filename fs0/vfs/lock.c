/*
 * Record locks (fcntl F_GETLK, F_SETLK, F_SETLKW, their 64-bit forms and
 * the OFD ones), as Linux's fs/locks.c keeps them: a list per vnode, in
 * order of owner (the order owners first locked) and, within an owner, of
 * start; one owner's locks never overlap, and touching ones of one type
 * are merged. A POSIX lock belongs to an fd table (Linux current->files),
 * so it is not inherited by fork and goes when that table closes any fd of
 * the file; an OFD lock belongs to the open file description and goes with
 * its last close. Locks of different owners conflict when they overlap and
 * one is a write lock. A blocking request that conflicts returns
 * VFS_PENDING (no deadlock detection: EDEADLK is never returned); every
 * change calls vfs_wake so that fs0 retries parked requests.
 * Entry points: vfs_fcntl_lock, vfs_lock_remove, vfs_lock_close.
 */
#include "internal.h"

#define OFFSET_MAX INT64_MAX            /* a lock with this end reaches any size */
#define OFFT_MAX   0x7fffffffLL         /* what a 32-bit struct flock can show */

/* 1 if the ranges of a and b share a byte */
static int overlap(const struct vfs_lock *a, const struct vfs_lock *b)
{
	return a->end >= b->start && b->end >= a->start;
}

/* 1 if lock l (already on the vnode) stops request r (posix_locks_conflict) */
static int conflicts(const struct vfs_lock *r, const struct vfs_lock *l)
{
	if (r->owner == l->owner || !overlap(r, l))
		return 0;
	return r->type == LINUX_F_WRLCK || l->type == LINUX_F_WRLCK;
}

/*
 * The range and type of *fl as a lock of f (flock64_to_posix_lock): 0,
 * -EINVAL (whence, a start before 0, a type) or -EOVERFLOW (past OFFSET_MAX).
 */
static long to_lock(struct vfs_file *f, const struct linux_flock64 *fl, struct vfs_lock *l)
{
	int64_t base;

	switch (fl->l_whence) {
	case LINUX_SEEK_SET: base = 0; break;
	case LINUX_SEEK_CUR: base = f->pos; break;
	case LINUX_SEEK_END: base = f->vnode->size; break;
	default: return E(EINVAL);
	}
	if (fl->l_start > OFFSET_MAX - base)
		return E(EOVERFLOW);
	l->start = base + fl->l_start;
	if (l->start < 0)
		return E(EINVAL);
	if (fl->l_len > 0) {
		if (fl->l_len - 1 > OFFSET_MAX - l->start)
			return E(EOVERFLOW);
		l->end = l->start + (fl->l_len - 1);
	} else if (fl->l_len < 0) {
		if (l->start + fl->l_len < 0)
			return E(EINVAL);
		l->end = l->start - 1;
		l->start += fl->l_len;
	} else {
		l->end = OFFSET_MAX;
	}
	if (fl->l_type != LINUX_F_RDLCK && fl->l_type != LINUX_F_WRLCK &&
	    fl->l_type != LINUX_F_UNLCK)
		return E(EINVAL);
	l->type = (uint16_t)fl->l_type;
	return 0;
}

/* Unlinks and frees *link's lock. */
static void lock_drop(struct vfs_lock **link)
{
	struct vfs_lock *l = *link;

	*link = l->next;
	vfs_mem_free(l, sizeof *l);
}

/* Puts n into a list just before the lock *at points to (or at the end). */
static void insert_at(struct vfs_lock **at, struct vfs_lock *n)
{
	n->next = *at;
	*at = n;
}

/* Preallocated locks a request may need (Linux allocates two up front). */
struct spares {
	struct vfs_lock *a, *b;
};

/* Where apply is in the owner's run of locks, and what it has found. */
struct cursor {
	struct vfs_lock **link;         /* at the lock looked at next */
	struct vfs_lock *r;             /* the request, or the lock it has become */
	struct vfs_lock *left, *right;  /* locks of another type it cuts on either side */
	int added;                      /* r is on the list (unlocking: it removed something) */
};

enum { NEXT, AGAIN, STOP };             /* what the walk does after a lock */

/* A lock fl of the request's type: merged with it if they overlap or touch. */
static long same_type(struct cursor *c, struct vfs_lock *fl)
{
	struct vfs_lock *r = c->r;

	if (fl->end < r->start - 1)             /* start - 1, as end + 1 may overflow */
		return NEXT;
	if (fl->start - 1 > r->end)
		return STOP;
	if (fl->start > r->start)
		fl->start = r->start;
	else
		r->start = fl->start;
	if (fl->end < r->end)
		fl->end = r->end;
	else
		r->end = fl->end;
	if (c->added) {
		lock_drop(c->link);
		return AGAIN;
	}
	c->r = fl;
	c->added = 1;
	return NEXT;
}

/* A lock fl of another type: noted as cut on one side, dropped, or replaced by the request. */
static long other_type(struct cursor *c, struct vfs_lock *fl, struct spares *s)
{
	struct vfs_lock *r = c->r;

	if (fl->end < r->start)
		return NEXT;
	if (fl->start > r->end)
		return STOP;
	if (r->type == LINUX_F_UNLCK)
		c->added = 1;
	if (fl->start < r->start)
		c->left = fl;
	if (fl->end > r->end) {
		c->right = fl;
		return STOP;
	}
	if (fl->start < r->start)
		return NEXT;
	if (c->added) {
		lock_drop(c->link);
		return AGAIN;
	}
	if (!s->a)
		return E(ENOLCK);
	*s->a = *r;
	c->r = s->a;
	s->a = NULL;
	insert_at(c->link, c->r);
	c->link = &c->r->next;
	lock_drop(c->link);
	c->added = 1;
	return AGAIN;
}

/* After the walk: the request's own lock if not merged, and the cut locks trimmed or split. */
static long place(struct cursor *c, struct spares *s)
{
	if (c->right && c->left == c->right && !s->b)
		return E(ENOLCK);
	if (!c->added) {
		if (c->r->type == LINUX_F_UNLCK)
			return 0;
		if (!s->a)
			return E(ENOLCK);
		*s->a = *c->r;
		c->r = s->a;
		s->a = NULL;
		insert_at(c->link, c->r);
	}
	if (c->right) {
		if (c->left == c->right) {
			*s->b = *c->right;
			c->left = s->b;
			s->b = NULL;
			insert_at(c->link, c->left);    /* before r, or before right */
		}
		c->right->start = c->r->end + 1;
	}
	if (c->left)
		c->left->end = c->r->start - 1;
	return 0;
}

/*
 * The owner's locks of v after request r (posix_lock_inode past the
 * conflict check): merges, replaces, trims and splits them. 0 or -ENOLCK
 * (no memory for a lock that was needed).
 */
static long apply(struct vfs_vnode *v, struct vfs_lock *r, struct spares *s)
{
	struct cursor c = { .link = &v->locks, .r = r };
	struct vfs_lock *fl;

	while (*c.link && (*c.link)->owner != r->owner)
		c.link = &(*c.link)->next;
	while ((fl = *c.link) && fl->owner == r->owner) {
		long act = fl->type == c.r->type ? same_type(&c, fl) : other_type(&c, fl, s);
		if (act < 0)
			return act;
		if (act == STOP)
			break;
		if (act == NEXT)
			c.link = &fl->next;
	}
	return place(&c, s);
}

/*
 * Sets or clears request r on v: 0, -EAGAIN (a lock of another owner is
 * in the way) or -ENOLCK.
 */
static long set_lock(struct vfs_vnode *v, struct vfs_lock *r)
{
	struct spares s = { NULL, NULL };

	if (r->type != LINUX_F_UNLCK)
		for (const struct vfs_lock *l = v->locks; l; l = l->next)
			if (conflicts(r, l))
				return E(EAGAIN);
	if (r->type != LINUX_F_UNLCK || r->start != 0 || r->end != OFFSET_MAX) {
		s.a = vfs_mem_alloc(sizeof *s.a);
		s.b = vfs_mem_alloc(sizeof *s.b);
	}
	long err = apply(v, r, &s);
	vfs_mem_free(s.a, sizeof *s.a);
	vfs_mem_free(s.b, sizeof *s.b);
	if (!err)
		vfs_wake();
	return err;
}

/*
 * The first lock in the way of r (posix_test_lock), or NULL. An OFD
 * F_UNLCK asks for the description's own locks over the range instead.
 */
static const struct vfs_lock *test_lock(const struct vfs_vnode *v, const struct vfs_lock *r)
{
	for (const struct vfs_lock *l = v->locks; l; l = l->next) {
		if (r->type == LINUX_F_UNLCK ? r->owner == l->owner && overlap(r, l)
					      : conflicts(r, l))
			return l;
	}
	return NULL;
}

/*
 * F_GETLK, F_GETLK64, F_OFD_GETLK: *fl becomes the first lock in the way
 * (whence SEEK_SET, l_len 0 for "to the end", l_pid -1 for an OFD lock),
 * or only its l_type F_UNLCK if none. The 32-bit F_GETLK cannot show a
 * lock beyond 2^31 - 1: -EOVERFLOW.
 */
static long get_lock(struct vfs_proc *p, struct vfs_file *f, uint32_t cmd,
		     struct linux_flock64 *fl)
{
	struct vfs_lock r = { .owner = p->fds };

	if (cmd != LINUX_F_OFD_GETLK && fl->l_type != LINUX_F_RDLCK &&
	    fl->l_type != LINUX_F_WRLCK)
		return E(EINVAL);
	long err = to_lock(f, fl, &r);
	if (err)
		return err;
	if (cmd == LINUX_F_OFD_GETLK) {
		if (fl->l_pid != 0)
			return E(EINVAL);
		r.owner = f;
	}
	const struct vfs_lock *l = test_lock(f->vnode, &r);
	if (!l) {
		fl->l_type = LINUX_F_UNLCK;
		return 0;
	}
	if (cmd == LINUX_F_GETLK &&
	    (l->start > OFFT_MAX || (l->end != OFFSET_MAX && l->end > OFFT_MAX)))
		return E(EOVERFLOW);
	fl->l_type = (int16_t)l->type;
	fl->l_whence = LINUX_SEEK_SET;
	fl->l_start = l->start;
	fl->l_len = l->end == OFFSET_MAX ? 0 : l->end - l->start + 1;
	fl->l_pid = l->pid;
	return 0;
}

/* 1 for the commands that wait for a conflicting lock to go */
static int waits(uint32_t cmd)
{
	return cmd == LINUX_F_SETLKW || cmd == LINUX_F_SETLKW64 || cmd == LINUX_F_OFD_SETLKW;
}

/*
 * F_SETLK(W), F_SETLK(W)64, F_OFD_SETLK(W) (fcntl_setlk64): the range,
 * then the description's mode for the lock type (-EBADF), then an OFD
 * request's l_pid (-EINVAL).
 */
static long setlk(struct vfs_proc *p, uint32_t pid, struct vfs_file *f, uint32_t cmd,
		  const struct linux_flock64 *fl)
{
	struct vfs_lock r = { .owner = p->fds, .pid = (int32_t)pid };
	long err = to_lock(f, fl, &r);

	if (err)
		return err;
	if ((r.type == LINUX_F_RDLCK && !(f->mode & VFS_FMODE_READ)) ||
	    (r.type == LINUX_F_WRLCK && !(f->mode & VFS_FMODE_WRITE)))
		return E(EBADF);
	if (cmd == LINUX_F_OFD_SETLK || cmd == LINUX_F_OFD_SETLKW) {
		if (fl->l_pid != 0)
			return E(EINVAL);
		r.owner = f;
		r.pid = -1;
	}
	err = set_lock(f->vnode, &r);
	return err == E(EAGAIN) && waits(cmd) ? VFS_PENDING : err;
}

/* fcntl64's lock commands: the fd (-EBADF, O_PATH too), the struct, the command. */
long vfs_fcntl_lock(struct vfs_proc *p, uint32_t pid, int fd, uint32_t cmd,
		    struct linux_flock64 *fl)
{
	struct vfs_file *f = vfs_fd_io_file(p, fd);

	if (!f)
		return E(EBADF);
	if (!fl)
		return E(EFAULT);
	switch (cmd) {
	case LINUX_F_GETLK:
	case LINUX_F_GETLK64:
	case LINUX_F_OFD_GETLK:
		return get_lock(p, f, cmd, fl);
	case LINUX_F_SETLK:
	case LINUX_F_SETLKW:
	case LINUX_F_SETLK64:
	case LINUX_F_SETLKW64:
	case LINUX_F_OFD_SETLK:
	case LINUX_F_OFD_SETLKW:
		return setlk(p, pid, f, cmd, fl);
	default:
		return E(EINVAL);
	}
}

/* Drops every lock owner holds on v (locks_remove_posix); wakes waiters if any went. */
void vfs_lock_remove(struct vfs_vnode *v, const void *owner)
{
	struct vfs_lock **link = &v->locks;
	int dropped = 0;

	while (*link) {
		if ((*link)->owner == owner) {
			lock_drop(link);
			dropped = 1;
		} else {
			link = &(*link)->next;
		}
	}
	if (dropped)
		vfs_wake();
}

/* Table t closes an fd of f: t's POSIX locks on the file go (not for O_PATH fds). */
void vfs_lock_close(struct vfs_file *f, const struct vfs_fdtable *t)
{
	if (!(f->mode & VFS_FMODE_PATH))
		vfs_lock_remove(f->vnode, t);
}
