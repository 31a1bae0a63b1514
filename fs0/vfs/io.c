/*
 * The bytes of a call as one stream over a scatter list in the caller's
 * memory. The host's ops copy to and from one address range; here the
 * stream offset is mapped onto the segments, and a fault part way gives
 * Linux's result: the bytes done so far, or -EFAULT if there were none.
 * Entry points: vfs_io_buf, vfs_io_vec, vfs_io_copy_out, vfs_io_copy_in,
 * vfs_kernel_io_ops.
 */
#include "internal.h"
#include <linux_abi/uio.h>

/* One buffer of len bytes at addr. */
void vfs_io_buf(struct vfs_io *io, const struct vfs_io_ops *ops, void *space,
		uintptr_t addr, size_t len)
{
	io->ops = ops;                  /* every field: no memset on this hot path */
	io->space = space;
	io->vec = NULL;                 /* NULL: the one buffer (the io may be copied) */
	io->one.base = addr;
	io->one.len = len;
	io->nvec = 1;
	io->bytes = len;
	io->err = 0;
}

/* Checks and sums a readv/writev vector as Linux import_iovec does. */
long vfs_io_vec(struct vfs_io *io, const struct vfs_io_ops *ops, void *space,
		const struct vfs_iovec *vec, long nvec)
{
	size_t total = 0;

	memset(io, 0, sizeof *io);
	io->ops = ops;
	io->space = space;
	if (nvec < 0 || nvec > LINUX_UIO_MAXIOV)
		return io->err = E(EINVAL);
	for (long i = 0; i < nvec; i++) {
		if (vec[i].len > 0x7fffffffu)
			return io->err = E(EINVAL);
		size_t room = VFS_MAX_RW_BYTES - total;
		total += vec[i].len < room ? vec[i].len : room;
	}
	io->vec = vec;
	io->nvec = (uint32_t)nvec;
	io->bytes = total;
	return (long)total;
}

/* One direction of a copy over the segments; out != 0 copies to the io. */
static long copy(const struct vfs_io *io, size_t off, void *buf, size_t n, int out)
{
	const struct vfs_iovec *vec = io->vec ? io->vec : &io->one;
	size_t done = 0;

	for (uint32_t i = 0; i < io->nvec && done < n; i++) {
		const struct vfs_iovec *s = &vec[i];
		if (off >= s->len) {
			off -= s->len;
			continue;
		}
		size_t chunk = s->len - off < n - done ? s->len - off : n - done;
		long r = out ? io->ops->copy_out(io, s->base + off, (char *)buf + done, chunk)
			     : io->ops->copy_in(io, s->base + off, (char *)buf + done, chunk);
		if (r < 0)
			return done ? (long)done : E(EFAULT);
		done += (size_t)r;
		if ((size_t)r < chunk)
			break;
		off = 0;
	}
	return (long)done;
}

/* to the io's stream (see vfs.h) */
long vfs_io_copy_out(const struct vfs_io *io, size_t off, const void *src, size_t n)
{
	return copy(io, off, (void *)(uintptr_t)src, n, 1);
}

/* from the io's stream (see vfs.h) */
long vfs_io_copy_in(const struct vfs_io *io, size_t off, void *dst, size_t n)
{
	return copy(io, off, dst, n, 0);
}

/* vfs_kernel_io_ops: addresses are fs0's own pointers. */
static long kernel_out(const struct vfs_io *io, uintptr_t addr, const void *src, size_t n)
{
	memcpy((void *)addr, src, n);
	return (long)n;
}

/* vfs_kernel_io_ops: addresses are fs0's own pointers. */
static long kernel_in(const struct vfs_io *io, uintptr_t addr, void *dst, size_t n)
{
	memcpy(dst, (const void *)addr, n);
	return (long)n;
}

const struct vfs_io_ops vfs_kernel_io_ops = { kernel_out, kernel_in };
