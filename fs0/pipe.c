/*
 * Pipes and FIFOs: the FIFO ops for the VFS. A pipe is a 64 KiB ring of
 * pages kept in the vnode's fifo slot, with counts of open read and write
 * ends. Linux's rules: a read returns what is there (at least one byte),
 * waits while writers exist, and sees end of file when none remain; a
 * write of at most PIPE_BUF bytes goes in whole or waits; a write of
 * nothing succeeds; a write with no reader fails with EPIPE and raises
 * SIGPIPE for the writer (mm0 delivers it). Waiting is
 * VFS_PENDING: fs0 parks the call and retries it when something changes.
 * Opening a named FIFO follows fifo_open: a reader waits for a writer and
 * a writer for a reader (counting the opens of each end, so that one
 * that came and went still ends the wait), O_RDONLY | O_NONBLOCK does not
 * wait, O_WRONLY | O_NONBLOCK without a reader is ENXIO, O_RDWR never
 * waits. poll follows pipe_poll.
 */
#include "fs0.h"
#include <linux_abi/limits.h>
#include <linux_abi/ioctl.h>
#include <linux_abi/poll.h>
#include <linux_abi/signal.h>

#define PIPE_PAGES      16              /* a new pipe's ring (Linux's PIPE_DEF_BUFFERS) */
#define PIPE_MAX_BYTES  (1u << 20)      /* F_SETPIPE_SZ's limit (Linux's pipe-max-size) */

struct pipe {
	u8 **page;                      /* npages ring pages, allocated when first written */
	u32 npages;                     /* a power of two (F_SETPIPE_SZ) */
	u32 head, len;                  /* ring: first byte, bytes in it */
	u32 readers, writers;           /* open ends, waiting opens included */
	u32 r_counter, w_counter;       /* opens of each end so far, from 1 (Linux's) */
};

/*
 * Each end's f->priv holds Linux's f_pipe: a waiting open's snapshot of
 * the other end's counter, or an O_NONBLOCK reader's w_counter when it
 * opened without a writer (no POLLHUP until a writer has come), else 0.
 */
static u32 f_pipe(const struct vfs_file *f)
{
	return (u32)(uintptr_t)f->priv;
}

static void set_f_pipe(struct vfs_file *f, u32 counter)
{
	f->priv = (void *)(uintptr_t)counter;
}

static struct pipe *pipe_of(struct vfs_file *f)
{
	return *vfs_file_fifo(f);
}

static u32 pipe_bytes(const struct pipe *p)
{
	return p->npages * PAGE_SIZE;
}

static void free_ring(u8 **page, u32 npages)
{
	for (u32 i = 0; i < npages; i++)
		if (page[i])
			page_free(page[i]);
	mem_free(page, npages * sizeof(page[0]));
}

static void pipe_free(struct pipe *p)
{
	free_ring(p->page, p->npages);
	mem_free(p, sizeof(*p));
}

/* The vnode's pipe, made on its first open: it, or NULL. */
static struct pipe *pipe_get(struct vfs_file *f)
{
	struct pipe *p = pipe_of(f);

	if (p || !(p = mem_alloc(sizeof(*p))))
		return p;
	if (!(p->page = mem_alloc(PIPE_PAGES * sizeof(p->page[0])))) {
		mem_free(p, sizeof(*p));
		return NULL;
	}
	p->npages = PIPE_PAGES;
	p->r_counter = p->w_counter = 1;
	*vfs_file_fifo(f) = p;
	return p;
}

/* Frees f's pipe if no end is open any more. */
static void pipe_put(struct vfs_file *f)
{
	struct pipe *p = pipe_of(f);

	if (!p->readers && !p->writers) {
		pipe_free(p);
		*vfs_file_fifo(f) = NULL;
	}
}

/* A read end opens: a named FIFO without a writer waits for one, unless O_NONBLOCK. */
static long open_reader(struct vfs_file *f, struct pipe *p, int named)
{
	p->r_counter++;
	p->readers++;
	if (!named || p->writers)
		return 0;
	set_f_pipe(f, p->w_counter);
	return (f->flags & LINUX_O_NONBLOCK) ? 0 : VFS_PENDING;
}

/* A write end opens: a named FIFO without a reader waits for one, or is ENXIO under O_NONBLOCK. */
static long open_writer(struct vfs_file *f, struct pipe *p, int named)
{
	if (named && !p->readers && (f->flags & LINUX_O_NONBLOCK))
		return -LINUX_ENXIO;
	p->w_counter++;
	p->writers++;
	if (!named || p->readers)
		return 0;
	set_f_pipe(f, p->r_counter);
	return VFS_PENDING;
}

/* An end opens (fifo_open): 0, VFS_PENDING (it must wait), -ENXIO, -EINVAL (no mode), -ENOMEM. */
static long pipe_open(struct vfs_file *f)
{
	struct pipe *p = pipe_get(f);
	int named = !(f->mode & VFS_FMODE_PIPE);
	long r = -LINUX_EINVAL;

	if (!p)
		return -LINUX_ENOMEM;
	switch (f->mode & (VFS_FMODE_READ | VFS_FMODE_WRITE)) {
	case VFS_FMODE_READ:
		r = open_reader(f, p, named);
		break;
	case VFS_FMODE_WRITE:
		r = open_writer(f, p, named);
		break;
	case VFS_FMODE_READ | VFS_FMODE_WRITE:
		p->readers++;
		p->writers++;
		p->r_counter++;
		p->w_counter++;
		r = 0;
		break;
	}
	if (r < 0)
		pipe_put(f);
	else
		pipes_changed = 1;      /* a waiting open at the other end may go on */
	return r;
}

/* A waiting open: done once the other end's counter has moved. */
static long pipe_open_wait(struct vfs_file *f)
{
	struct pipe *p = pipe_of(f);
	u32 other = (f->mode & VFS_FMODE_READ) ? p->w_counter : p->r_counter;

	if (other == f_pipe(f))
		return VFS_PENDING;
	set_f_pipe(f, 0);
	return 0;
}

/* An end closes (a waiting one too); the last frees the pipe. */
static void pipe_release(struct vfs_file *f)
{
	struct pipe *p = pipe_of(f);

	p->readers -= (f->mode & VFS_FMODE_READ) ? 1 : 0;
	p->writers -= (f->mode & VFS_FMODE_WRITE) ? 1 : 0;
	pipe_put(f);
	pipes_changed = 1;
}

/* The ring's bytes at offset off (from head), contiguous within one page: pointer, *n. */
static u8 *ring_at(struct pipe *p, u32 off, u32 *n, int alloc)
{
	u32 at = (p->head + off) % pipe_bytes(p), i = at / PAGE_SIZE;

	if (!p->page[i] && (!alloc || !(p->page[i] = page_alloc())))
		return NULL;
	*n = PAGE_SIZE - at % PAGE_SIZE;
	return p->page[i] + at % PAGE_SIZE;
}

static long pipe_read(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	struct pipe *p = pipe_of(f);
	size_t done = 0;

	if (!p->len)
		return !p->writers ? 0 : (f->flags & LINUX_O_NONBLOCK) ? -LINUX_EAGAIN : VFS_PENDING;
	while (done < n && p->len) {
		u32 avail = 0;
		u8 *src = ring_at(p, 0, &avail, 0);
		if (!src)
			break;          /* cannot happen: bytes in the ring are on pages */
		u32 chunk = avail < p->len ? avail : p->len;
		if (chunk > n - done)
			chunk = (u32)(n - done);
		long c = vfs_io_copy_out(io, done, src, chunk);
		if (c <= 0)
			return done ? (long)done : c;
		p->head = (p->head + (u32)c) % pipe_bytes(p);
		p->len -= (u32)c;
		done += (size_t)c;
	}
	pipes_changed = 1;
	return (long)done;
}

static long pipe_write(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	struct pipe *p = pipe_of(f);
	u32 space = pipe_bytes(p) - p->len;
	size_t done = 0;

	if (!n)
		return 0;               /* before the readers, as Linux's pipe_write */
	if (!p->readers) {
		if (call_ctx.fp)
			fs0_signal((s32)call_ctx.fp->pid, LINUX_SIGPIPE);
		return -LINUX_EPIPE;
	}
	if (!space || (n <= LINUX_PIPE_BUF && n > space))        /* small writes go in whole */
		return (f->flags & LINUX_O_NONBLOCK) ? -LINUX_EAGAIN : VFS_PENDING;
	while (done < n && p->len < pipe_bytes(p)) {
		u32 room;
		u8 *dst = ring_at(p, p->len, &room, 1);
		if (!dst)
			return done ? (long)done : -LINUX_ENOMEM;
		u32 chunk = room < pipe_bytes(p) - p->len ? room : pipe_bytes(p) - p->len;
		if (chunk > n - done)
			chunk = (u32)(n - done);
		long c = vfs_io_copy_in(io, done, dst, chunk);
		if (c <= 0)
			return done ? (long)done : c;
		p->len += (u32)c;
		done += (size_t)c;
	}
	pipes_changed = 1;
	return (long)done;
}

static long pipe_ioctl(struct vfs_file *f, uint32_t cmd, uint32_t arg, const struct vfs_io *mem)
{
	u32 n = pipe_of(f)->len;

	if (cmd != LINUX_FIONREAD)
		return -LINUX_ENOTTY;
	return vfs_io_copy_out(mem, 0, &n, sizeof(n)) == sizeof(n) ? 0 : -LINUX_EFAULT;
}

/* Ring pages the bytes in the pipe touch (Linux: pipe buffers in use). */
static u32 pages_used(const struct pipe *p)
{
	return (p->head % PAGE_SIZE + p->len + PAGE_SIZE - 1) / PAGE_SIZE;
}

/*
 * Readable with bytes in the ring; hung up with no writer (once one has
 * come, for an O_NONBLOCK reader); writable while a ring page is free
 * (Linux: not all its buffers in use), so a PIPE_BUF write fits; an error
 * with no reader.
 */
static uint32_t pipe_poll(struct vfs_file *f)
{
	struct pipe *p = pipe_of(f);
	uint32_t mask = 0;

	if (f->mode & VFS_FMODE_READ) {
		if (p->len)
			mask |= LINUX_POLLIN | LINUX_POLLRDNORM;
		if (!p->writers && f_pipe(f) != p->w_counter)
			mask |= LINUX_POLLHUP;
	}
	if (f->mode & VFS_FMODE_WRITE) {
		if (pages_used(p) < p->npages)
			mask |= LINUX_POLLOUT | LINUX_POLLWRNORM;
		if (!p->readers)
			mask |= LINUX_POLLERR;
	}
	return mask;
}

/* The ring becomes npages long, its bytes moved to the start: 0, -EBUSY, -ENOMEM. */
static long resize(struct pipe *p, u32 npages)
{
	u8 **page;

	if (pages_used(p) > npages)
		return -LINUX_EBUSY;
	if (!(page = mem_alloc(npages * sizeof(page[0]))))
		return -LINUX_ENOMEM;
	for (u32 done = 0; done < p->len; done += PAGE_SIZE) {
		if (!(page[done / PAGE_SIZE] = page_alloc())) {
			free_ring(page, npages);
			return -LINUX_ENOMEM;
		}
		for (u32 off = 0; off < PAGE_SIZE && done + off < p->len;) {
			u32 n = 0;
			u8 *src = ring_at(p, done + off, &n, 0);
			if (!src)
				break;  /* cannot happen: bytes in the ring are on pages */
			if (n > PAGE_SIZE - off)
				n = PAGE_SIZE - off;
			memcpy(page[done / PAGE_SIZE] + off, src, n);
			off += n;
		}
	}
	free_ring(p->page, p->npages);
	p->page = page;
	p->npages = npages;
	p->head = 0;
	return 0;
}

/* F_GETPIPE_SZ, and F_SETPIPE_SZ rounded up to a power of two pages (Linux's round_pipe_size). */
static long pipe_fcntl(struct vfs_file *f, uint32_t cmd, uint32_t arg)
{
	struct pipe *p = pipe_of(f);
	u32 npages = 1;

	if (cmd == LINUX_F_GETPIPE_SZ)
		return (long)pipe_bytes(p);
	if (cmd != LINUX_F_SETPIPE_SZ)
		return -LINUX_EINVAL;
	if (arg > 0x80000000u)
		return -LINUX_EINVAL;
	if (arg > PIPE_MAX_BYTES)
		return -LINUX_EPERM;    /* Linux allows more to CAP_SYS_RESOURCE only */
	while (npages * PAGE_SIZE < arg)
		npages <<= 1;
	if (npages != p->npages) {
		long err = resize(p, npages);
		if (err < 0)
			return err;
		pipes_changed = 1;      /* room for a waiting writer, maybe */
	}
	return (long)pipe_bytes(p);
}

static const struct vfs_dev_ops pipe_ops = {
	.open = pipe_open,
	.open_wait = pipe_open_wait,
	.release = pipe_release,
	.read = pipe_read,
	.write = pipe_write,
	.ioctl = pipe_ioctl,
	.poll = pipe_poll,
	.fcntl = pipe_fcntl,
};

int pipes_changed;

/* The VFS's hook: a record lock went or changed, so parked calls may go on. */
void vfs_wake(void)
{
	pipes_changed = 1;
}

void pipe_init(void)
{
	vfs_fifo_register(&pipe_ops);
}
