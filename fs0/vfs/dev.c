/*
 * Character devices: a table from (major, minor) to ops that fs0 fills
 * (the tty, later others), and the memory devices Linux has as major 1:
 * null (1,3), zero (1,5), full (1,7), random (1,8), urandom (1,9).
 * Entry points: vfs_dev_register, vfs_fifo_register, vfs_dev_find,
 * vfs_dev_register_mem, vfs_file_rdev.
 */
#include "internal.h"
#include <linux_abi/poll.h>

/* Adds (major, minor) -> ops to the table: 0, -EBUSY, -ENOSPC. */
long vfs_dev_register(uint32_t major, uint32_t minor, const struct vfs_dev_ops *ops)
{
	struct vfs_dev_entry *free = NULL;

	for (int i = 0; i < VFS_MAX_DEVS; i++) {
		struct vfs_dev_entry *d = &vfs_g.devs[i];
		if (d->ops && d->major == major && d->minor == minor)
			return E(EBUSY);
		if (!d->ops && !free)
			free = d;
	}
	if (!free)
		return E(ENOSPC);
	free->major = major;
	free->minor = minor;
	free->ops = ops;
	return 0;
}

/* FIFO nodes open through ops from now on. */
void vfs_fifo_register(const struct vfs_dev_ops *ops)
{
	vfs_g.fifo_ops = ops;
}

/* the ops of device (major, minor), or NULL */
const struct vfs_dev_ops *vfs_dev_find(uint32_t major, uint32_t minor)
{
	for (int i = 0; i < VFS_MAX_DEVS; i++) {
		const struct vfs_dev_entry *d = &vfs_g.devs[i];
		if (d->ops && d->major == major && d->minor == minor)
			return d->ops;
	}
	return NULL;
}

/* the device numbers of the node f was opened on */
void vfs_file_rdev(const struct vfs_file *f, uint32_t *major, uint32_t *minor)
{
	*major = f->vnode->rdev_major;
	*minor = f->vnode->rdev_minor;
}

/* Reads from /dev/null: end of file. */
static long null_read(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	return 0;
}

/* Writes to null, zero, random and urandom: accepted and dropped. */
static long sink_write(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	return (long)n;
}

/* Writes to /dev/full: the disk is full. */
static long full_write(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	return E(ENOSPC);
}

/* Fills n bytes of the io with zeros or random bytes: like vfs_io_copy_out. */
static long fill_read(const struct vfs_io *io, size_t n, int random)
{
	char buf[256];
	size_t done = 0;

	if (!random)
		memset(buf, 0, sizeof buf);
	while (done < n) {
		size_t chunk = n - done < sizeof buf ? n - done : sizeof buf;
		if (random)
			vfs_random_bytes(buf, chunk);
		long r = vfs_io_copy_out(io, done, buf, chunk);
		if (r < 0)
			return done ? (long)done : r;
		done += (size_t)r;
		if ((size_t)r < chunk)
			break;
	}
	return (long)done;
}

/* /dev/zero and /dev/full read zeros. */
static long zero_read(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	return fill_read(io, n, 0);
}

/* /dev/random and /dev/urandom read vfs_random_bytes. */
static long random_read(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	return fill_read(io, n, 1);
}

/* null, zero, full: every seek lands at 0 (Linux null_lseek). */
static long zero_lseek(struct vfs_file *f, int64_t off, int whence, int64_t *result)
{
	f->pos = 0;
	*result = 0;
	return 0;
}

/* random, urandom: seeking succeeds and changes nothing (noop_llseek). */
static long noop_lseek(struct vfs_file *f, int64_t off, int whence, int64_t *result)
{
	*result = f->pos;
	return 0;
}

static const struct vfs_dev_ops null_ops = {
	.read = null_read, .write = sink_write, .llseek = zero_lseek,
};
static const struct vfs_dev_ops zero_ops = {
	.read = zero_read, .write = sink_write, .llseek = zero_lseek,
};
static const struct vfs_dev_ops full_ops = {
	.read = zero_read, .write = full_write, .llseek = zero_lseek,
};
/* /dev/random (random_poll, the pool always ready): readable only, not writable. */
static uint32_t random_poll(struct vfs_file *f)
{
	return LINUX_POLLIN | LINUX_POLLRDNORM;
}

static const struct vfs_dev_ops random_ops = {
	.read = random_read, .write = sink_write, .llseek = noop_lseek, .poll = random_poll,
};
static const struct vfs_dev_ops urandom_ops = {
	.read = random_read, .write = sink_write, .llseek = noop_lseek,
};

/* Registers the memory devices (vfs_init). */
void vfs_dev_register_mem(void)
{
	vfs_dev_register(1, 3, &null_ops);
	vfs_dev_register(1, 5, &zero_ops);
	vfs_dev_register(1, 7, &full_ops);
	vfs_dev_register(1, 8, &random_ops);
	vfs_dev_register(1, 9, &urandom_ops);
}
