/*
 * Calls on descriptors themselves: dup, dup2, dup3, fcntl, and the ones
 * that only ask the open file: ioctl (the generic FIO* requests here, the
 * rest to the device, -ENOTTY otherwise), fsync and fdatasync.
 */
#include "internal.h"
#include <linux_abi/ioctl.h>

/* dup: the lowest free fd, without FD_CLOEXEC; O_PATH descriptors allowed. */
long vfs_dup(struct vfs_proc *p, int fd)
{
	struct vfs_file *f = vfs_fd_file(p, fd);

	if (!f)
		return E(EBADF);
	long nfd = vfs_fd_alloc(p, 0);
	if (nfd < 0)
		return nfd;
	f->refs++;
	vfs_fd_install(p, (int)nfd, f, 0);
	return nfd;
}

/* dup3 once flags and oldfd != newfd are checked */
static long do_dup3(struct vfs_proc *p, int oldfd, int newfd, int cloexec)
{
	if (newfd < 0 || (uint32_t)newfd >= p->nofile)
		return E(EBADF);
	long err = vfs_fd_expand(p, (uint32_t)newfd);
	if (err)
		return err;
	struct vfs_file *f = vfs_fd_file(p, oldfd);
	if (!f)
		return E(EBADF);
	f->refs++;
	if (p->fds->slot[newfd])
		vfs_fd_close(p, newfd);
	vfs_fd_install(p, newfd, f, cloexec);
	return newfd;
}

/* dup2: oldfd == newfd returns it if valid; else dup3 without flags. */
long vfs_dup2(struct vfs_proc *p, int oldfd, int newfd)
{
	if (oldfd == newfd)
		return vfs_fd_file(p, oldfd) ? oldfd : E(EBADF);
	return do_dup3(p, oldfd, newfd, 0);
}

/* dup3: only O_CLOEXEC, and oldfd != newfd (-EINVAL). */
long vfs_dup3(struct vfs_proc *p, int oldfd, int newfd, uint32_t flags)
{
	if (flags & ~LINUX_O_CLOEXEC)
		return E(EINVAL);
	if (oldfd == newfd)
		return E(EINVAL);
	return do_dup3(p, oldfd, newfd, flags & LINUX_O_CLOEXEC);
}

/* F_DUPFD, F_DUPFD_CLOEXEC: the lowest free fd >= from */
static long dupfd(struct vfs_proc *p, struct vfs_file *f, uint32_t from, int cloexec)
{
	if (from >= p->nofile)
		return E(EINVAL);
	long nfd = vfs_fd_alloc(p, from);
	if (nfd < 0)
		return nfd;
	f->refs++;
	vfs_fd_install(p, (int)nfd, f, cloexec);
	return nfd;
}

/* the fcntl commands an O_PATH descriptor allows */
static int path_cmd(uint32_t cmd)
{
	return cmd == LINUX_F_DUPFD || cmd == LINUX_F_DUPFD_CLOEXEC || cmd == LINUX_F_GETFD ||
	       cmd == LINUX_F_SETFD || cmd == LINUX_F_GETFL;
}

/*
 * fcntl: F_DUPFD(_CLOEXEC), F_GETFD/F_SETFD, F_GETFL/F_SETFL (O_APPEND and
 * O_NONBLOCK); other commands -EINVAL; O_PATH fds only the first five.
 */
long vfs_fcntl(struct vfs_proc *p, int fd, uint32_t cmd, uint32_t arg)
{
	struct vfs_file *f = vfs_fd_file(p, fd);
	const uint32_t setfl = LINUX_O_APPEND | LINUX_O_NONBLOCK;

	if (!f || ((f->mode & VFS_FMODE_PATH) && !path_cmd(cmd)))
		return E(EBADF);
	switch (cmd) {
	case LINUX_F_DUPFD:
	case LINUX_F_DUPFD_CLOEXEC:
		return dupfd(p, f, arg, cmd == LINUX_F_DUPFD_CLOEXEC);
	case LINUX_F_GETFD:
		return p->fds->cloexec[fd] ? LINUX_FD_CLOEXEC : 0;
	case LINUX_F_SETFD:
		p->fds->cloexec[fd] = arg & LINUX_FD_CLOEXEC;
		return 0;
	case LINUX_F_GETFL:
		return (long)f->flags;
	case LINUX_F_SETFL:
		f->flags = (f->flags & ~setfl) | (arg & setfl);
		return 0;
	case LINUX_F_GETPIPE_SZ:
	case LINUX_F_SETPIPE_SZ:        /* pipes' own, EBADF for anything else (Linux's pipe_fcntl) */
		return f->dev && f->dev->fcntl ? f->dev->fcntl(f, cmd, arg) : E(EBADF);
	default:
		return E(EINVAL);
	}
}

/* the int an ioctl argument points to: 0 and *v, or -EFAULT */
static long get_int(const struct vfs_io *mem, int32_t *v)
{
	return vfs_io_copy_in(mem, 0, v, sizeof *v) == (long)sizeof *v ? 0 : E(EFAULT);
}

/* FIONBIO, FIOASYNC (nothing supports O_ASYNC yet) */
static long flag_ioctl(struct vfs_file *f, uint32_t cmd, const struct vfs_io *mem)
{
	int32_t on;
	long err = get_int(mem, &on);

	if (err)
		return err;
	if (cmd == LINUX_FIOASYNC)
		return on ? E(ENOTTY) : 0;
	if (on)
		f->flags |= LINUX_O_NONBLOCK;
	else
		f->flags &= ~LINUX_O_NONBLOCK;
	return 0;
}

/* FIOQSIZE: the bytes allocated (Linux inode_get_bytes) */
static long qsize_ioctl(struct vfs_vnode *v, const struct vfs_io *mem)
{
	int64_t bytes = vfs_node_blocks(v) * 512;

	if (!IS_DIR(v) && !IS_REG(v) && !IS_LNK(v))
		return E(ENOTTY);
	return vfs_io_copy_out(mem, 0, &bytes, sizeof bytes) == (long)sizeof bytes ? 0 : E(EFAULT);
}

/* FIONREAD on a regular file: the bytes from the offset to EOF, as an int */
static long nread_ioctl(struct vfs_file *f, const struct vfs_io *mem)
{
	int32_t n = (int32_t)(f->vnode->size - f->pos);

	return vfs_io_copy_out(mem, 0, &n, sizeof n) == (long)sizeof n ? 0 : E(EFAULT);
}

/* The requests Linux handles for any file first, then the device's, else -ENOTTY. */
long vfs_ioctl(struct vfs_proc *p, int fd, uint32_t cmd, uint32_t arg, const struct vfs_io *mem)
{
	struct vfs_file *f = vfs_fd_io_file(p, fd);

	if (!f)
		return E(EBADF);
	switch (cmd) {
	case LINUX_FIOCLEX:
	case LINUX_FIONCLEX:
		p->fds->cloexec[fd] = cmd == LINUX_FIOCLEX;
		return 0;
	case LINUX_FIONBIO:
	case LINUX_FIOASYNC:
		return flag_ioctl(f, cmd, mem);
	case LINUX_FIOQSIZE:
		return qsize_ioctl(f->vnode, mem);
	}
	if (cmd == LINUX_FIONREAD && IS_REG(f->vnode))
		return nread_ioctl(f, mem);
	if (!f->dev || !f->dev->ioctl)
		return E(ENOTTY);
	long r = f->dev->ioctl(f, cmd, arg, mem);
	return r == VFS_PENDING && (f->flags & LINUX_O_NONBLOCK) ? E(EAGAIN) : r;
}

/* fsync, fdatasync: tmpfs files and directories have nothing to write back */
static long sync_fd(struct vfs_proc *p, int fd)
{
	struct vfs_file *f = vfs_fd_io_file(p, fd);

	if (!f)
		return E(EBADF);
	return IS_REG(f->vnode) || IS_DIR(f->vnode) ? 0 : E(EINVAL);
}

/* fsync: 0 for tmpfs files and directories, -EINVAL for special files. */
long vfs_fsync(struct vfs_proc *p, int fd)
{
	return sync_fd(p, fd);
}

/* fdatasync: as fsync. */
long vfs_fdatasync(struct vfs_proc *p, int fd)
{
	return sync_fd(p, fd);
}
