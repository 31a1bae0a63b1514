/*
 * fs0/vfs record locks (fcntl F_GETLK/F_SETLK/F_SETLKW, the 64-bit and OFD
 * commands): conflicts between owners and what F_GETLK reports, merging
 * and splitting one owner's locks, ranges and errors in Linux's order,
 * release on close, exit and last close, fork, F_SETLKW's VFS_PENDING and
 * wake-ups, the 32-bit F_GETLK's EOVERFLOW, and running out of memory.
 * Expected values are what qemu-arm's Linux gives for the same calls.
 */
#include "unit.h"
#include "vfs_harness.h"
#include "internal.h"

#undef E
#define E(x) (-LINUX_##x)
#define O(x) LINUX_O_##x
#define F(x) LINUX_F_##x
#define G4 0x100000000LL
#define RD F(RDLCK)
#define WR F(WRLCK)
#define UN F(UNLCK)

static struct vfs_proc *p, *q;          /* two processes: pids 100 and 200 */
static struct linux_flock64 got;        /* what the last getlk reported */

static uint32_t pid_of(struct vfs_proc *who)
{
	return who == p ? 100 : 200;
}

/* a lock command with a whence of SEEK_SET unless given; *got keeps the struct */
static long lockw(struct vfs_proc *who, int fd, uint32_t cmd, int type, int whence,
		  int64_t start, int64_t len)
{
	got = (struct linux_flock64){ .l_type = (int16_t)type, .l_whence = (int16_t)whence,
				      .l_start = start, .l_len = len };
	return vfs_fcntl_lock(who, pid_of(who), fd, cmd, &got);
}

static long lock(struct vfs_proc *who, int fd, uint32_t cmd, int type, int64_t start,
		 int64_t len)
{
	return lockw(who, fd, cmd, type, LINUX_SEEK_SET, start, len);
}

/* F_GETLK64 by who: the conflicting lock as "type start len pid", or "none" */
static const char *conflict(struct vfs_proc *who, int fd, uint32_t cmd, int type, int64_t start,
			    int64_t len)
{
	static char buf[80];
	long err = lock(who, fd, cmd, type, start, len);
	if (err)
		snprintf(buf, sizeof buf, "error %ld", err);
	else if (got.l_type == UN)
		snprintf(buf, sizeof buf, "none");
	else
		snprintf(buf, sizeof buf, "%s %lld %lld %d", got.l_type == WR ? "W" : "R",
			 (long long)got.l_start, (long long)got.l_len, got.l_pid);
	return buf;
}

static long open_rw(struct vfs_proc *who)
{
	return h_open(who, "/f", O(RDWR), 0);
}

/* /f with ten bytes, and a second process */
static void begin(void)
{
	p = h_begin();
	h_mkfile(p, "/f", "0123456789");
	if (vfs_proc_new(&q))
		q = NULL;
}

static void t_one_owner(void)
{
	begin();
	long fd = open_rw(p);
	/* linux/fcntl's sequence */
	CHECK_EQ(lock(p, (int)fd, F(SETLK64), WR, 0, 5), 0);
	CHECK_STR(conflict(p, (int)fd, F(GETLK64), WR, 0, 5), "none");
	CHECK_EQ(got.l_start, 0);
	CHECK_EQ(got.l_len, 5);
	CHECK_EQ(lock(p, (int)fd, F(SETLK64), UN, 0, 5), 0);
	CHECK_EQ(lock(p, (int)fd, F(SETLK64), RD, 0, 5), 0);
	CHECK_EQ(lock(p, (int)fd, F(SETLK64), 77, 0, 5), E(EINVAL));
	/* an upgrade by the owner itself never conflicts */
	CHECK_EQ(lock(p, (int)fd, F(SETLKW64), WR, 0, 0), 0);
	CHECK_EQ(h_end(), 0);
}

static void t_two_owners(void)
{
	begin();
	long a = open_rw(p), b = open_rw(q);
	CHECK_EQ(lock(p, (int)a, F(SETLK64), WR, 0, 5), 0);
	CHECK_EQ(lock(p, (int)a, F(SETLK64), RD, 10, 5), 0);
	CHECK_EQ(lock(p, (int)a, F(SETLK64), WR, G4, 5), 0);
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 0, 0), "W 0 5 100");
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 5, 0), "W 4294967296 5 100");
	CHECK_STR(conflict(q, (int)b, F(GETLK64), WR, 6, 0), "R 10 5 100");
	CHECK_STR(conflict(q, (int)b, F(GETLK64), WR, 15, G4 - 15), "none");
	CHECK_EQ(lock(q, (int)b, F(SETLK64), RD, 0, 1), E(EAGAIN));
	CHECK_EQ(lock(q, (int)b, F(SETLK64), RD, 10, 1), 0);
	CHECK_EQ(lock(q, (int)b, F(SETLK64), WR, 10, 1), E(EAGAIN));
	CHECK_EQ(lock(q, (int)b, F(SETLKW64), WR, 10, 1), VFS_PENDING);
	CHECK_EQ(lock(q, (int)b, F(SETLKW), WR, 10, 1), VFS_PENDING);
	/* p's read lock goes: the wake-up, and the parked request's retry gets it */
	long wakes = h_wakes;
	CHECK_EQ(lock(p, (int)a, F(SETLK64), UN, 8, 4), 0);
	CHECK(h_wakes > wakes);
	CHECK_STR(conflict(q, (int)b, F(GETLK64), WR, 6, 0), "R 12 3 100");
	CHECK_EQ(lock(q, (int)b, F(SETLKW64), WR, 10, 1), 0);
	CHECK_STR(conflict(p, (int)a, F(GETLK64), RD, 0, 0), "W 10 1 200");
	CHECK_EQ(h_end(), 0);
}

static void t_merge_and_split(void)
{
	begin();
	long a = open_rw(p), b = open_rw(q);
	CHECK_EQ(lock(p, (int)a, F(SETLK64), WR, 10, 10), 0);
	CHECK_EQ(lock(p, (int)a, F(SETLK64), WR, 20, 5), 0);       /* touching: one lock 10..24 */
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 0, 0), "W 10 15 100");
	CHECK_EQ(lock(p, (int)a, F(SETLK64), RD, 12, 3), 0);       /* 10..11 W, 12..14 R, 15..24 W */
	CHECK_EQ(lock(p, (int)a, F(SETLK64), UN, 22, 1), 0);       /* 15..21 W, 23..24 W */
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 0, 0), "W 10 2 100");
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 12, 0), "W 15 7 100");
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 22, 0), "W 23 2 100");
	CHECK_STR(conflict(q, (int)b, F(GETLK64), WR, 12, 1), "R 12 3 100");
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 22, 1), "none");
	/* a read lock over all of it replaces the pieces; another merges with it */
	CHECK_EQ(lock(p, (int)a, F(SETLK64), RD, 5, 30), 0);
	CHECK_EQ(lock(p, (int)a, F(SETLK64), RD, 35, 0), 0);
	CHECK_STR(conflict(q, (int)b, F(GETLK64), WR, 0, 0), "R 5 0 100");
	/* negative lengths lock before the start; SEEK_CUR and SEEK_END bases */
	CHECK_EQ(lock(p, (int)a, F(SETLK64), UN, 0, 0), 0);
	CHECK_EQ(lock(p, (int)a, F(SETLK64), WR, 5, -3), 0);
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 0, 0), "W 2 3 100");
	CHECK_EQ(h_lseek(p, (int)a, 7, LINUX_SEEK_SET), 7);
	CHECK_EQ(lockw(p, (int)a, F(SETLK64), WR, LINUX_SEEK_CUR, -1, 1), 0);
	CHECK_EQ(lockw(p, (int)a, F(SETLK64), WR, LINUX_SEEK_END, -3, 2), 0);
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 5, 0), "W 6 3 100");   /* 6 and 7..8 merged */
	CHECK_EQ(h_end(), 0);
}

static void t_errors(void)
{
	begin();
	long fd = open_rw(p);
	long ro = h_open(p, "/f", O(RDONLY), 0), wo = h_open(p, "/f", O(WRONLY), 0);
	long path = h_open(p, "/f", O(PATH), 0);
	CHECK_EQ(lockw(p, (int)fd, F(SETLK64), 77, 9, 0, 1), E(EINVAL));
	CHECK_EQ(lock(p, (int)fd, F(GETLK64), UN, 0, 1), E(EINVAL));
	CHECK_EQ(lock(p, (int)fd, F(SETLK64), RD, -1, 1), E(EINVAL));
	CHECK_EQ(lockw(p, (int)fd, F(SETLK64), RD, LINUX_SEEK_CUR, -1, 1), E(EINVAL));
	CHECK_EQ(lock(p, (int)fd, F(SETLK64), RD, 5, -6), E(EINVAL));
	CHECK_EQ(lock(p, (int)fd, F(SETLK64), RD, INT64_MAX, 2), E(EOVERFLOW));
	CHECK_EQ(lock(p, (int)fd, F(SETLK64), RD, INT64_MAX, 1), 0);
	CHECK_EQ(lockw(p, (int)fd, F(SETLK64), RD, LINUX_SEEK_END, INT64_MAX, 0), E(EOVERFLOW));
	/* the description's mode: F_SETLK only; F_GETLK and unlocking need none */
	CHECK_EQ(lock(p, (int)ro, F(SETLK64), WR, 0, 1), E(EBADF));
	CHECK_EQ(lock(p, (int)wo, F(SETLK64), RD, 0, 1), E(EBADF));
	CHECK_EQ(lock(p, (int)ro, F(SETLK64), UN, 0, 1), 0);
	CHECK_STR(conflict(p, (int)ro, F(GETLK64), WR, 0, 1), "none");
	/* OFD commands want l_pid 0 */
	got = (struct linux_flock64){ .l_type = WR, .l_len = 1, .l_pid = 5 };
	CHECK_EQ(vfs_fcntl_lock(p, 100, (int)fd, F(OFD_SETLK), &got), E(EINVAL));
	CHECK_EQ(vfs_fcntl_lock(p, 100, (int)fd, F(OFD_GETLK), &got), E(EINVAL));
	CHECK_EQ(vfs_fcntl_lock(p, 100, (int)fd, F(SETLK64), &got), 0);
	/* the fd first, then the struct fs0 could not read, then the command */
	CHECK_EQ(vfs_fcntl_lock(p, 100, 99, F(GETLK64), NULL), E(EBADF));
	CHECK_EQ(vfs_fcntl_lock(p, 100, (int)path, F(GETLK64), NULL), E(EBADF));
	CHECK_EQ(lock(p, (int)path, F(GETLK64), RD, 0, 1), E(EBADF));
	CHECK_EQ(vfs_fcntl_lock(p, 100, (int)fd, F(GETLK64), NULL), E(EFAULT));
	CHECK_EQ(lock(p, (int)fd, F(GETFD), RD, 0, 1), E(EINVAL));
	/* plain fcntl refuses the lock commands: fs0 sends only these here */
	CHECK_EQ(vfs_fcntl(p, (int)fd, F(GETLK64), 0), E(EINVAL));
	CHECK_EQ(vfs_fcntl(p, (int)fd, F(OFD_SETLK), 0), E(EINVAL));
	CHECK_EQ(h_end(), 0);
}

static void t_getlk32_overflow(void)
{
	begin();
	long a = open_rw(p), b = open_rw(q);
	CHECK_EQ(lock(q, (int)b, F(SETLK64), WR, G4, 5), 0);
	CHECK_EQ(lock(p, (int)a, F(GETLK), RD, 0, 0), E(EOVERFLOW));
	CHECK_STR(conflict(p, (int)a, F(GETLK64), RD, 0, 0), "W 4294967296 5 200");
	CHECK_EQ(lock(q, (int)b, F(SETLK64), UN, 0, 0), 0);
	CHECK_EQ(lock(q, (int)b, F(SETLK64), WR, 100, 0), 0);       /* to the end: fits */
	CHECK_STR(conflict(p, (int)a, F(GETLK), RD, 0, 0), "W 100 0 200");
	CHECK_EQ(lock(q, (int)b, F(SETLK64), UN, 0, 0), 0);
	CHECK_EQ(lock(q, (int)b, F(SETLK64), WR, 100, 0x80000000LL), 0);
	CHECK_EQ(lock(p, (int)a, F(GETLK), RD, 0, 0), E(EOVERFLOW));
	CHECK_EQ(lock(q, (int)b, F(SETLK64), UN, 0, 0), 0);
	CHECK_EQ(lock(q, (int)b, F(SETLK64), WR, 100, 0x7fffff00LL), 0);
	CHECK_STR(conflict(p, (int)a, F(GETLK), RD, 0, 0), "W 100 2147483392 200");
	CHECK_EQ(h_end(), 0);
}

static void t_close_releases(void)
{
	begin();
	h_mkfile(p, "/g", "");
	long a = open_rw(p), b = open_rw(q);
	long other = h_open(p, "/f", O(RDONLY), 0), path = h_open(p, "/f", O(PATH), 0);
	long g = h_open(p, "/g", O(RDWR), 0);
	long d = vfs_dup(p, (int)a);
	CHECK_EQ(lock(p, (int)a, F(SETLK64), WR, 0, 1), 0);
	CHECK_EQ(lock(p, (int)g, F(SETLK64), WR, 0, 1), 0);
	/* closing an O_PATH fd of the file or an fd of another file changes nothing */
	CHECK_EQ(vfs_close(p, (int)path), 0);
	CHECK_EQ(vfs_close(p, (int)g), 0);
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 0, 0), "W 0 1 100");
	/* a child shares the description but not the locks, and its close leaves them */
	struct vfs_proc *c;
	CHECK_EQ(vfs_proc_fork(p, 0, &c), 0);
	CHECK_EQ(lock(c, (int)a, F(SETLK64), RD, 0, 1), E(EAGAIN));
	CHECK_EQ(vfs_close(c, (int)a), 0);
	vfs_proc_exit(c);
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 0, 0), "W 0 1 100");
	/* closing any other fd of the file drops them */
	long wakes = h_wakes;
	CHECK_EQ(vfs_close(p, (int)other), 0);
	CHECK(h_wakes > wakes);
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 0, 0), "none");
	/* as do dup2 over an fd of it, and exit */
	CHECK_EQ(lock(p, (int)a, F(SETLK64), WR, 0, 1), 0);
	CHECK_EQ(vfs_dup2(p, (int)b, (int)d), d);
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 0, 0), "none");
	CHECK_EQ(lock(p, (int)a, F(SETLK64), WR, 0, 1), 0);
	vfs_proc_exit(p);
	p = q;
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 0, 0), "none");
	CHECK_EQ(h_end(), 0);
}

static void t_ofd_locks(void)
{
	begin();
	long a = open_rw(p), other = open_rw(p), b = open_rw(q);
	long d = vfs_dup(p, (int)a);
	CHECK_EQ(lock(p, (int)a, F(OFD_SETLK), WR, 50, 10), 0);
	/* the description owns it: its process's POSIX requests conflict with it */
	CHECK_STR(conflict(p, (int)a, F(OFD_GETLK), WR, 0, 0), "none");
	CHECK_STR(conflict(p, (int)other, F(OFD_GETLK), WR, 0, 0), "W 50 10 -1");
	CHECK_STR(conflict(p, (int)a, F(GETLK64), WR, 0, 0), "W 50 10 -1");
	CHECK_STR(conflict(q, (int)b, F(GETLK), RD, 0, 0), "W 50 10 -1");
	CHECK_EQ(lock(p, (int)a, F(SETLK64), WR, 55, 1), E(EAGAIN));
	CHECK_EQ(lock(p, (int)other, F(OFD_SETLKW), RD, 55, 1), VFS_PENDING);
	/* F_OFD_GETLK with F_UNLCK shows the description's own locks */
	CHECK_STR(conflict(p, (int)a, F(OFD_GETLK), UN, 0, 0), "W 50 10 -1");
	CHECK_STR(conflict(p, (int)other, F(OFD_GETLK), UN, 0, 0), "none");
	/* a forked child reaches the same description: the lock is its own there */
	struct vfs_proc *c;
	CHECK_EQ(vfs_proc_fork(p, 0, &c), 0);
	CHECK_STR(conflict(c, (int)a, F(OFD_GETLK), WR, 0, 0), "none");
	vfs_proc_exit(c);
	/* closes that leave the description open keep it; the last close drops it */
	CHECK_EQ(vfs_close(p, (int)other), 0);
	CHECK_EQ(vfs_close(p, (int)d), 0);
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 0, 0), "W 50 10 -1");
	CHECK_EQ(vfs_close(p, (int)a), 0);
	CHECK_STR(conflict(q, (int)b, F(GETLK64), RD, 0, 0), "none");
	vfs_proc_exit(q);
	CHECK_EQ(h_end(), 0);
}

static void t_locks_on_other_files(void)
{
	begin();
	vfs_populate_dev();
	long d = h_open(p, "/", O(RDONLY), 0), n = h_open(p, "/dev/null", O(RDWR), 0);
	long nq = h_open(q, "/dev/null", O(RDWR), 0);
	CHECK_EQ(lock(p, (int)d, F(SETLK64), RD, 0, 0), 0);
	CHECK_EQ(lock(p, (int)d, F(SETLK64), WR, 0, 0), E(EBADF));
	CHECK_EQ(lock(p, (int)n, F(SETLK64), WR, 0, 0), 0);
	CHECK_STR(conflict(q, (int)nq, F(GETLK64), RD, 3, 1), "W 0 0 100");
	vfs_proc_exit(q);
	CHECK_EQ(h_end(), 0);
}

/* a split (two new locks) with the allocator failing after k allocations */
static void t_out_of_memory(void)
{
	int bad = 0;
	for (long k = 0; !bad; k++) {
		begin();
		long a = open_rw(p);
		lock(p, (int)a, F(SETLK64), WR, 0, 100);
		h_alloc_fail_after = k;
		long r = lock(p, (int)a, F(SETLK64), RD, 10, 10);
		h_alloc_fail_after = -1;
		if (r != 0 && r != E(ENOLCK))
			bad = 1;
		if (vfs_check(NULL) || h_end())
			bad = 1;
		if (r == 0)
			break;
	}
	CHECK_EQ(bad, 0);
}

#define BYTES 48                        /* the model's file: bytes 0..47, and "to the end" */

/* the lock type owner o (0: p, 1: q) holds on byte i per v's list, or F_UNLCK */
static int held(const struct vfs_vnode *v, const void *owner, int64_t i)
{
	for (const struct vfs_lock *l = v->locks; l; l = l->next)
		if (l->owner == owner && l->start <= i && i <= l->end)
			return l->type;
	return UN;
}

/* 1 if each owner's locks are sorted, apart, and merged where they touch with one type */
static int tidy(const struct vfs_vnode *v)
{
	for (const struct vfs_lock *l = v->locks; l; l = l->next) {
		const struct vfs_lock *n = l->next;
		if (n && n->owner == l->owner &&
		    (n->start <= l->end || (n->type == l->type && n->start == l->end + 1)))
			return 0;
	}
	return 1;
}

/* Random requests of two owners against a byte map: the same results and holdings. */
static void t_random_against_bytes(void)
{
	static int model[2][BYTES + 1];         /* [BYTES]: every byte past the map */
	struct vfs_vnode *v;
	uint32_t seed = 12345;
	int bad = 0;
	begin();
	long fd[2] = { open_rw(p), open_rw(q) };
	struct vfs_proc *who[2] = { p, q };
	vfs_lookup(p, LINUX_AT_FDCWD, "/f", 0, &v);
	vfs_node_put(v);
	for (int i = 0; i <= BYTES; i++)
		model[0][i] = model[1][i] = UN;
	for (int step = 0; step < 20000 && !bad; step++) {
		seed = seed * 1103515245u + 12345u;
		int o = (seed >> 8) & 1, type = (int)((seed >> 9) % 3);
		int start = (int)((seed >> 12) % BYTES), len = (int)((seed >> 20) % 12);
		int end = len ? (start + len - 1 < BYTES ? start + len - 1 : BYTES - 1) : BYTES;
		if (len && start + len > BYTES)
			len = BYTES - start;
		int clash = 0;
		for (int i = start; i <= end && type != UN; i++) {
			int theirs = model[!o][i];
			clash |= theirs == WR || (theirs == RD && type == WR);
		}
		long r = lock(who[o], (int)fd[o], F(SETLK64), type, start, len);
		if (r != (clash ? E(EAGAIN) : 0))
			bad = 1;
		for (int i = start; i <= end && !clash; i++)
			model[o][i] = type;
		for (int i = 0; i <= BYTES + 2 && !bad; i++) {
			int m = i < BYTES ? i : BYTES;
			bad = held(v, p->fds, i) != model[0][m] || held(v, q->fds, i) != model[1][m];
		}
		bad |= !tidy(v) || vfs_check(NULL) != 0;
	}
	CHECK_EQ(bad, 0);
	CHECK_EQ(h_end(), 0);
}

static const struct unit_test tests[] = {
	{ "one_owner", t_one_owner },
	{ "two_owners", t_two_owners },
	{ "merge_and_split", t_merge_and_split },
	{ "errors", t_errors },
	{ "getlk32_overflow", t_getlk32_overflow },
	{ "close_releases", t_close_releases },
	{ "ofd_locks", t_ofd_locks },
	{ "locks_on_other_files", t_locks_on_other_files },
	{ "out_of_memory", t_out_of_memory },
	{ "random_against_bytes", t_random_against_bytes },
};

UNIT_MAIN("vfs_lock", tests)
