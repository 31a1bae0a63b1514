/*
 * Pipes and FIFOs: the FIFO ops for the VFS. A pipe is a 64 KiB ring of
 * pages kept in the vnode's fifo slot, with counts of open read and write
 * ends. Linux's rules: a read returns what is there (at least one byte),
 * waits while writers exist, and sees end of file when none remain; a
 * write of at most PIPE_BUF bytes goes in whole or waits; a write with no
 * reader fails with EPIPE (the SIGPIPE comes with signals). Waiting is
 * VFS_PENDING: fs0 parks the call and retries it when something changes.
 */
#include "fs0.h"
#include <linux_abi/limits.h>
#include <linux_abi/ioctl.h>

#define PIPE_PAGES      16
#define PIPE_BYTES      (PIPE_PAGES * PAGE_SIZE)

struct pipe {
	u8 *page[PIPE_PAGES];
	u32 head, len;                  /* ring: first byte, bytes in it */
	u32 readers, writers;
};

static struct pipe *pipe_of(struct vfs_file *f)
{
	return *vfs_file_fifo(f);
}

static void pipe_free(struct pipe *p)
{
	for (u32 i = 0; i < PIPE_PAGES; i++)
		if (p->page[i])
			page_free(p->page[i]);
	mem_free(p, sizeof(*p));
}

static long pipe_open(struct vfs_file *f)
{
	struct pipe *p = pipe_of(f);

	if (!p) {
		p = mem_alloc(sizeof(*p));
		if (!p)
			return -LINUX_ENOMEM;
		*vfs_file_fifo(f) = p;
	}
	p->readers += (f->mode & VFS_FMODE_READ) ? 1 : 0;
	p->writers += (f->mode & VFS_FMODE_WRITE) ? 1 : 0;
	return 0;
}

static void pipe_release(struct vfs_file *f)
{
	struct pipe *p = pipe_of(f);

	p->readers -= (f->mode & VFS_FMODE_READ) ? 1 : 0;
	p->writers -= (f->mode & VFS_FMODE_WRITE) ? 1 : 0;
	if (!p->readers && !p->writers) {
		pipe_free(p);
		*vfs_file_fifo(f) = NULL;
	}
	pipes_changed = 1;
}

/* The ring's bytes at offset off (from head), contiguous within one page: pointer, *n. */
static u8 *ring_at(struct pipe *p, u32 off, u32 *n, int alloc)
{
	u32 at = (p->head + off) % PIPE_BYTES, i = at / PAGE_SIZE;

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
		p->head = (p->head + (u32)c) % PIPE_BYTES;
		p->len -= (u32)c;
		done += (size_t)c;
	}
	pipes_changed = 1;
	return (long)done;
}

static long pipe_write(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	struct pipe *p = pipe_of(f);
	u32 space = PIPE_BYTES - p->len;
	size_t done = 0;

	if (!p->readers)
		return -LINUX_EPIPE;
	if (!n)
		return 0;
	if (!space || (n <= LINUX_PIPE_BUF && n > space))        /* small writes go in whole */
		return (f->flags & LINUX_O_NONBLOCK) ? -LINUX_EAGAIN : VFS_PENDING;
	while (done < n && p->len < PIPE_BYTES) {
		u32 room;
		u8 *dst = ring_at(p, p->len, &room, 1);
		if (!dst)
			return done ? (long)done : -LINUX_ENOMEM;
		u32 chunk = room < PIPE_BYTES - p->len ? room : PIPE_BYTES - p->len;
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

static const struct vfs_dev_ops pipe_ops = {
	.open = pipe_open,
	.release = pipe_release,
	.read = pipe_read,
	.write = pipe_write,
	.ioctl = pipe_ioctl,
};

int pipes_changed;

void pipe_init(void)
{
	vfs_fifo_register(&pipe_ops);
}
