/*
 * Reading, writing and seeking: read, write, readv, writev, pread64,
 * pwrite64, _llseek and lseek, with Linux's checks in Linux's order (fd
 * and mode: -EBADF; a refused vector or count: -EINVAL; directories:
 * -EISDIR; unseekable files: -ESPIPE; the size limit: -EFBIG) and its
 * partial results (bytes done before a fault or a full disk).
 */
#include "internal.h"

/* rw_verify_area and MAX_RW_COUNT: the bytes to move at pos, or -EINVAL */
static long rw_count(const struct vfs_io *io, int64_t pos)
{
	if (io->err)
		return io->err;
	if (io->bytes > 0x7fffffffu)
		return E(EINVAL);
	size_t n = io->bytes < VFS_MAX_RW_BYTES ? io->bytes : VFS_MAX_RW_BYTES;
	if (pos < 0 || (uint64_t)pos + n > (uint64_t)INT64_MAX)
		return E(EINVAL);
	return (long)n;
}

/* A device's answer: VFS_PENDING becomes -EAGAIN under O_NONBLOCK. */
static long dev_result(struct vfs_file *f, long r)
{
	return r == VFS_PENDING && (f->flags & LINUX_O_NONBLOCK) ? E(EAGAIN) : r;
}

/* read(2) of f at *pos, which advances */
static long file_read(struct vfs_file *f, const struct vfs_io *io, int64_t *pos)
{
	struct vfs_vnode *v = f->vnode;

	if (!(f->mode & VFS_FMODE_READ))
		return E(EBADF);
	if (f->dev && !f->dev->read)
		return E(EINVAL);
	long n = rw_count(io, *pos);
	if (n < 0)
		return n;
	if (IS_DIR(v))
		return E(EISDIR);
	if (f->dev)
		return dev_result(f, f->dev->read(f, io, (size_t)n, pos));
	long r = vfs_reg_read(v, *pos, io, (size_t)n);
	if (r > 0)
		*pos += r;
	if (!(f->flags & LINUX_O_NOATIME))
		vfs_node_read_touch(v);
	return r;
}

/*
 * write(2) of f at *pos (the end under O_APPEND), which advances only if
 * bytes were written. Without O_LARGEFILE nothing goes past 2^31 - 1
 * (generic_write_check_limits): -EFBIG at or beyond it, a short write across.
 */
static long file_write(struct vfs_file *f, const struct vfs_io *io, int64_t *pos)
{
	struct vfs_vnode *v = f->vnode;
	int64_t max = f->flags & LINUX_O_LARGEFILE ? VFS_FILE_MAX_BYTES : VFS_NON_LFS_BYTES;

	if (!(f->mode & VFS_FMODE_WRITE))
		return E(EBADF);
	if (f->dev && !f->dev->write)
		return E(EINVAL);
	long n = rw_count(io, *pos);
	if (n < 0)
		return n;
	if (f->dev)
		return dev_result(f, f->dev->write(f, io, (size_t)n, pos));
	if (n == 0)
		return 0;
	int64_t at = f->flags & LINUX_O_APPEND ? v->size : *pos;
	if (at >= max)
		return E(EFBIG);
	if (n > max - at)
		n = (long)(max - at);
	long r = vfs_reg_write(v, at, io, 0, (size_t)n);
	if (r > 0) {
		*pos = at + r;
		vfs_node_touch(v, T_M | T_C);
	}
	return r;
}

/* read at the file position */
long vfs_read(struct vfs_proc *p, int fd, const struct vfs_io *io)
{
	struct vfs_file *f = vfs_fd_io_file(p, fd);

	return f ? file_read(f, io, &f->pos) : E(EBADF);
}

/* write at the file position (the end with O_APPEND) */
long vfs_write(struct vfs_proc *p, int fd, const struct vfs_io *io)
{
	struct vfs_file *f = vfs_fd_io_file(p, fd);

	return f ? file_write(f, io, &f->pos) : E(EBADF);
}

/* read through a held description (a parked request's retry) */
long vfs_file_read(struct vfs_file *f, const struct vfs_io *io)
{
	return f->mode & VFS_FMODE_PATH ? E(EBADF) : file_read(f, io, &f->pos);
}

/* write through a held description */
long vfs_file_write(struct vfs_file *f, const struct vfs_io *io)
{
	return f->mode & VFS_FMODE_PATH ? E(EBADF) : file_write(f, io, &f->pos);
}

long vfs_file_writeback(struct vfs_file *f, int64_t pos, const struct vfs_io *io)
{
	struct vfs_vnode *v = f->vnode;

	if (f->dev || !v || pos < 0 || pos >= v->size)
		return 0;
	size_t n = io->bytes;
	if ((int64_t)n > v->size - pos)
		n = (size_t)(v->size - pos);
	long r = vfs_reg_write(v, pos, io, 0, n);
	if (r > 0)
		vfs_node_touch(v, T_M | T_C);
	return r;
}

/* readv: read with a vector io */
long vfs_readv(struct vfs_proc *p, int fd, const struct vfs_io *io)
{
	return vfs_read(p, fd, io);
}

/* writev: write with a vector io */
long vfs_writev(struct vfs_proc *p, int fd, const struct vfs_io *io)
{
	return vfs_write(p, fd, io);
}

/* pread64: a negative pos is -EINVAL before the fd is looked at; -ESPIPE if unseekable. */
long vfs_pread64(struct vfs_proc *p, int fd, const struct vfs_io *io, int64_t pos)
{
	if (pos < 0)
		return E(EINVAL);
	struct vfs_file *f = vfs_fd_io_file(p, fd);
	if (!f)
		return E(EBADF);
	return f->mode & VFS_FMODE_SEEK ? file_read(f, io, &pos) : E(ESPIPE);
}

/* pwrite64: as pread64; with O_APPEND it appends, as Linux does. */
long vfs_pwrite64(struct vfs_proc *p, int fd, const struct vfs_io *io, int64_t pos)
{
	if (pos < 0)
		return E(EINVAL);
	struct vfs_file *f = vfs_fd_io_file(p, fd);
	if (!f)
		return E(EBADF);
	return f->mode & VFS_FMODE_SEEK ? file_write(f, io, &pos) : E(ESPIPE);
}

/* a + b wrapping as the kernel's -fno-strict-overflow arithmetic does */
static int64_t add_wrap(int64_t a, int64_t b)
{
	return (int64_t)((uint64_t)a + (uint64_t)b);
}

/* tmpfs directories (offset_dir_llseek): SEEK_SET/SEEK_CUR to a cookie */
static long dir_llseek(struct vfs_file *f, int64_t off, int whence, int64_t *result)
{
	if (whence == LINUX_SEEK_CUR)
		off = add_wrap(off, f->pos);
	else if (whence != LINUX_SEEK_SET)
		return E(EINVAL);
	if (off < 0 || off > 0x7fffffff)
		return E(EINVAL);
	*result = f->pos = off;
	return 0;
}

/* regular files: generic_file_llseek_size, and shmem's SEEK_DATA/SEEK_HOLE */
static long reg_llseek(struct vfs_file *f, int64_t off, int whence, int64_t *result)
{
	int64_t size = f->vnode->size;

	switch (whence) {
	case LINUX_SEEK_END:
		off = add_wrap(off, size);
		break;
	case LINUX_SEEK_CUR:
		if (off == 0) {
			*result = f->pos;
			return 0;
		}
		off = add_wrap(off, f->pos);
		break;
	case LINUX_SEEK_DATA:
	case LINUX_SEEK_HOLE:
		if (off < 0 || off >= size)
			return E(ENXIO);
		off = vfs_reg_seek_data(f->vnode, off, whence == LINUX_SEEK_HOLE);
		if (off < 0)
			return (long)off;
		break;
	}
	if (off < 0 || off > VFS_FILE_MAX_BYTES)
		return E(EINVAL);
	*result = f->pos = off;
	return 0;
}

/* _llseek: -EBADF, then a bad whence (-EINVAL), then unseekable (-ESPIPE). */
long vfs_llseek(struct vfs_proc *p, int fd, int64_t off, int whence, int64_t *result)
{
	struct vfs_file *f = vfs_fd_io_file(p, fd);

	if (!f)
		return E(EBADF);
	if (whence < 0 || whence > LINUX_SEEK_HOLE)
		return E(EINVAL);
	if (!(f->mode & VFS_FMODE_SEEK))
		return E(ESPIPE);
	if (f->dev)
		return f->dev->llseek(f, off, whence, result);
	if (IS_DIR(f->vnode))
		return dir_llseek(f, off, whence, result);
	return reg_llseek(f, off, whence, result);
}

/* lseek: offsets above 0x7fffffff are -EOVERFLOW, after the move (as Linux). */
long vfs_lseek(struct vfs_proc *p, int fd, int32_t off, int whence)
{
	int64_t result;
	long err = vfs_llseek(p, fd, off, whence, &result);

	if (err)
		return err;
	return result > 0x7fffffff ? E(EOVERFLOW) : (long)result;
}
