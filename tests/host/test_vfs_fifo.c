/*
 * fs0/vfs blocking FIFO opens: an open whose FIFO ops say VFS_PENDING
 * stays open (the other side counts it) while fs0 retries the same call;
 * the retry finishes it, and anything else ends it (another open, exec,
 * exit, vfs_open_cancel). The FIFO ops here count ends and opens as
 * fs0/pipe.c does (Linux fifo_open), without the data.
 */
#include "unit.h"
#include "vfs_harness.h"
#include <stdlib.h>

#define E(x) (-LINUX_##x)
#define O(x) LINUX_O_##x
#define CWD LINUX_AT_FDCWD
#define R VFS_FMODE_READ
#define W VFS_FMODE_WRITE

struct fifo {
	uint32_t readers, writers, r_counter, w_counter;
};

static struct vfs_proc *p, *q;
static int pipe_ends;                   /* opens that saw VFS_FMODE_PIPE */

static struct fifo *fifo_of(struct vfs_file *f)
{
	return *vfs_file_fifo(f);
}

/* f->priv: the other end's counter a waiting open saw */
static long f_open(struct vfs_file *f)
{
	struct fifo *x = fifo_of(f);
	uint32_t mode = f->mode & (R | W);
	int named = !(f->mode & VFS_FMODE_PIPE), nonblock = (f->flags & O(NONBLOCK)) != 0;

	if (!x) {
		x = calloc(1, sizeof *x);
		x->r_counter = x->w_counter = 1;
		*vfs_file_fifo(f) = x;
	}
	pipe_ends += !named;
	if (mode == W && named && nonblock && !x->readers) {
		if (!x->writers) {
			free(x);
			*vfs_file_fifo(f) = NULL;
		}
		return E(ENXIO);
	}
	x->readers += (mode & R) != 0;
	x->writers += (mode & W) != 0;
	x->r_counter += (mode & R) != 0;
	x->w_counter += (mode & W) != 0;
	if (!named || mode == (R | W) || (mode == R && (x->writers || nonblock)) ||
	    (mode == W && x->readers))
		return 0;
	f->priv = (void *)(uintptr_t)(mode == R ? x->w_counter : x->r_counter);
	return VFS_PENDING;
}

static long f_open_wait(struct vfs_file *f)
{
	struct fifo *x = fifo_of(f);
	uint32_t other = (f->mode & R) ? x->w_counter : x->r_counter;

	return other == (uintptr_t)f->priv ? VFS_PENDING : 0;
}

static void f_release(struct vfs_file *f)
{
	struct fifo *x = fifo_of(f);

	x->readers -= (f->mode & R) != 0;
	x->writers -= (f->mode & W) != 0;
	if (!x->readers && !x->writers) {
		free(x);
		*vfs_file_fifo(f) = NULL;
	}
}

static const struct vfs_dev_ops fifo_ops = {
	.open = f_open, .open_wait = f_open_wait, .release = f_release,
};

/* two processes and the FIFO /p */
static void begin(void)
{
	p = h_begin();
	vfs_proc_new(&q);
	vfs_fifo_register(&fifo_ops);
	vfs_mknodat(p, CWD, "/p", LINUX_S_IFIFO | 0600, 0);
}

static void t_reader_waits_for_writer(void)
{
	begin();
	CHECK_EQ(h_open(p, "/p", O(RDONLY), 0), VFS_PENDING);
	CHECK_EQ(vfs_check(NULL), 0);
	CHECK_EQ(h_open(p, "/p", O(RDONLY), 0), VFS_PENDING);
	/* the waiting reader counts: a non-blocking writer gets in */
	long w = h_open(q, "/p", O(WRONLY) | O(NONBLOCK), 0);
	CHECK(w >= 0);
	CHECK_EQ(h_open(p, "/p", O(RDONLY), 0), 0);
	CHECK_EQ(vfs_check(NULL), 0);
	CHECK_EQ(h_end(), 0);
}

static void t_writer_waits_for_reader(void)
{
	begin();
	CHECK_EQ(h_open(p, "/p", O(WRONLY) | O(CLOEXEC), 0), VFS_PENDING);
	CHECK_EQ(h_open(p, "/p", O(WRONLY) | O(CLOEXEC), 0), VFS_PENDING);
	CHECK(h_open(q, "/p", O(RDONLY) | O(NONBLOCK), 0) >= 0);
	CHECK_EQ(h_open(p, "/p", O(WRONLY) | O(CLOEXEC), 0), 0);
	CHECK_EQ(vfs_fcntl(p, 0, LINUX_F_GETFD, 0), LINUX_FD_CLOEXEC);
	CHECK_EQ(h_end(), 0);
}

static void t_partner_came_and_went(void)
{
	begin();
	CHECK_EQ(h_open(p, "/p", O(RDONLY), 0), VFS_PENDING);
	long rw = h_open(q, "/p", O(RDWR), 0);
	CHECK(rw >= 0);
	CHECK_EQ(vfs_close(q, (int)rw), 0);
	CHECK_EQ(h_open(p, "/p", O(RDONLY), 0), 0);
	CHECK_EQ(h_end(), 0);
}

static void t_no_wait(void)
{
	begin();
	CHECK_EQ(h_open(p, "/p", O(WRONLY) | O(NONBLOCK), 0), E(ENXIO));
	long r = h_open(p, "/p", O(RDONLY) | O(NONBLOCK), 0);
	CHECK_EQ(r, 0);
	CHECK_EQ(h_open(q, "/p", O(WRONLY) | O(NONBLOCK), 0), 0);
	CHECK_EQ(vfs_close(p, (int)r), 0);
	CHECK_EQ(h_open(p, "/p", O(RDWR), 0), 0);
	/* pipe2's ends never wait for each other */
	int fds[2];
	CHECK_EQ(vfs_pipe2(p, 0, fds), 0);
	CHECK_EQ(pipe_ends, 2);
	CHECK_EQ(h_end(), 0);
}

static void t_waits_that_end(void)
{
	begin();
	h_mkfile(p, "/f", "");
	/* another open by the waiting process ends the wait: its reader goes */
	CHECK_EQ(h_open(p, "/p", O(RDONLY), 0), VFS_PENDING);
	CHECK_EQ(h_open(p, "/f", O(RDONLY), 0), 0);
	CHECK_EQ(h_open(q, "/p", O(WRONLY) | O(NONBLOCK), 0), E(ENXIO));
	/* so does the same path with other flags */
	CHECK_EQ(h_open(p, "/p", O(RDONLY), 0), VFS_PENDING);
	CHECK_EQ(h_open(p, "/p", O(RDONLY) | O(CLOEXEC), 0), VFS_PENDING);
	vfs_open_cancel(p);
	CHECK_EQ(h_open(q, "/p", O(WRONLY) | O(NONBLOCK), 0), E(ENXIO));
	vfs_open_cancel(p);
	/* exec, and exit */
	CHECK_EQ(h_open(p, "/p", O(RDONLY), 0), VFS_PENDING);
	CHECK_EQ(vfs_proc_exec(p), 0);
	CHECK_EQ(h_open(q, "/p", O(WRONLY) | O(NONBLOCK), 0), E(ENXIO));
	CHECK_EQ(h_open(q, "/p", O(RDONLY), 0), VFS_PENDING);
	vfs_proc_exit(q);
	CHECK_EQ(h_open(p, "/p", O(WRONLY) | O(NONBLOCK), 0), E(ENXIO));
	CHECK_EQ(h_end(), 0);
}

static void t_retry_follows_the_open(void)
{
	begin();
	/* the retry finishes the open it began, wherever the name went */
	CHECK_EQ(h_open(p, "/p", O(RDONLY), 0), VFS_PENDING);
	CHECK_EQ(vfs_renameat2(q, CWD, "/p", CWD, "/moved", 0), 0);
	CHECK_EQ(h_open(q, "/moved", O(WRONLY), 0), 0);
	CHECK_EQ(h_open(p, "/p", O(RDONLY), 0), 0);
	/* a thread sharing the fd table took the last fd meanwhile: the open is undone */
	struct vfs_proc *c;
	h_mkfile(q, "/f", "");
	CHECK_EQ(vfs_close(q, 0), 0);
	vfs_proc_set_nofile(p, 2);
	CHECK_EQ(h_open(p, "/moved", O(RDONLY), 0), VFS_PENDING);
	CHECK_EQ(vfs_proc_fork(p, 1, &c), 0);
	CHECK_EQ(h_open(c, "/f", O(RDONLY), 0), 1);
	CHECK_EQ(h_open(q, "/moved", O(WRONLY) | O(NONBLOCK), 0), 0);
	CHECK_EQ(h_open(p, "/moved", O(RDONLY), 0), E(EMFILE));
	CHECK_EQ(vfs_check(NULL), 0);
	vfs_proc_exit(c);
	CHECK_EQ(h_end(), 0);
}

static void t_park_out_of_memory(void)
{
	begin();
	CHECK_EQ(h_open(p, "/p", O(WRONLY), 0), VFS_PENDING);
	vfs_open_cancel(p);
	h_alloc_fail_after = 1;                 /* the description, not the record */
	CHECK_EQ(h_open(p, "/p", O(WRONLY), 0), E(ENOMEM));
	h_alloc_fail_after = -1;
	CHECK_EQ(vfs_check(NULL), 0);
	CHECK_EQ(h_open(q, "/p", O(RDONLY) | O(NONBLOCK), 0), 0);
	CHECK_EQ(h_open(p, "/p", O(WRONLY) | O(NONBLOCK), 0), 0);
	CHECK_EQ(h_end(), 0);
}

static const struct unit_test tests[] = {
	{ "reader_waits_for_writer", t_reader_waits_for_writer },
	{ "writer_waits_for_reader", t_writer_waits_for_reader },
	{ "partner_came_and_went", t_partner_came_and_went },
	{ "no_wait", t_no_wait },
	{ "waits_that_end", t_waits_that_end },
	{ "retry_follows_the_open", t_retry_follows_the_open },
	{ "park_out_of_memory", t_park_out_of_memory },
};

UNIT_MAIN("vfs_fifo", tests)
