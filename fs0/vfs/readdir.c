/*
 * getdents64: "." and ".." first (positions 0 and 1), then the entries in
 * creation order from the file position; each record's d_off is the
 * position after it, so lseek to any d_off resumes there even if entries
 * came and went meanwhile. A buffer too small for one record is -EINVAL.
 */
#include "internal.h"

union dirent_buf {
	struct linux_dirent64 d;
	char bytes[LINUX_DIRENT64_RECLEN(LINUX_NAME_MAX)];
};

/*
 * Emits one record at io offset *done if it fits: 1 if emitted, 0 if no
 * room, -EFAULT if the copy failed.
 */
static long emit(const struct vfs_io *io, size_t *done, const char *name, uint32_t len,
		 const struct vfs_vnode *v, int64_t next)
{
	union dirent_buf b;
	uint32_t reclen = LINUX_DIRENT64_RECLEN(len);

	if (*done + reclen > io->bytes)
		return 0;
	memset(&b, 0, reclen);
	b.d.d_ino = v->ino;
	b.d.d_off = next;
	b.d.d_reclen = (uint16_t)reclen;
	b.d.d_type = (uint8_t)((v->mode & LINUX_S_IFMT) >> 12);
	memcpy(b.bytes + LINUX_DIRENT64_NAME_OFFSET, name, len);
	if (vfs_io_copy_out(io, *done, b.bytes, reclen) != (long)reclen)
		return E(EFAULT);
	*done += reclen;
	return 1;
}

/* The records from f->pos on: bytes written, or the first record's error. */
static long fill(struct vfs_file *f, const struct vfs_io *io)
{
	struct vfs_vnode *dir = f->vnode;
	size_t done = 0;
	long r = 1;

	if (f->pos == 0 && (r = emit(io, &done, ".", 1, dir, 1)) > 0)
		f->pos = 1;
	if (r > 0 && f->pos == 1) {
		struct vfs_vnode *up = dir == vfs_g.root || !dir->dir.parent ? dir : dir->dir.parent;
		if ((r = emit(io, &done, "..", 2, up, 2)) > 0)
			f->pos = 2;
	}
	for (struct vfs_dirent *e = vfs_dir_at(dir, (uint64_t)f->pos); r > 0 && e; e = e->next) {
		if ((r = emit(io, &done, e->name, e->len, e->node, (int64_t)e->cookie + 1)) > 0)
			f->pos = (int64_t)e->cookie + 1;
	}
	if (done)
		return (long)done;
	return r == 0 ? E(EINVAL) : r < 0 ? r : 0;
}

/* getdents64: -ENOTDIR for other files, -ENOENT once the directory is removed. */
long vfs_getdents64(struct vfs_proc *p, int fd, const struct vfs_io *io)
{
	struct vfs_file *f = vfs_fd_io_file(p, fd);

	if (!f)
		return E(EBADF);
	if (!IS_DIR(f->vnode))
		return E(ENOTDIR);
	if (!f->vnode->nlink)
		return E(ENOENT);
	long r = fill(f, io);
	vfs_node_read_touch(f->vnode);
	return r;
}
