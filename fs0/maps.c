/*
 * Files behind MAP_SHARED mappings (proto.h FS0_MAP_*): mm0 holds the
 * open file description of a process's fd for as long as the mapping
 * exists (the fd may be closed), and writes the mapping's pages back into
 * the file. A held description counts as open in the integrity check.
 */
#include "fs0.h"

#define MAP_FILES_MAX 256

static struct vfs_file *held[MAP_FILES_MAX];

long map_hold(u32 pid, u32 fd)
{
	struct fsproc *fp = fsproc_by_pid(pid);

	if (!fp)
		return -LINUX_ESRCH;
	for (u32 h = 0; h < MAP_FILES_MAX; h++) {
		if (held[h])
			continue;
		held[h] = vfs_file_hold(fp->vp, (int)fd);
		return held[h] ? (long)h : -LINUX_EBADF;
	}
	return -LINUX_ENFILE;
}

long map_write(u32 h, s64 pos, u32 bytes, u32 src)
{
	struct vfs_io io;

	if (h >= MAP_FILES_MAX || !held[h])
		return -LINUX_EBADF;
	vfs_io_buf(&io, &user_io_ops, (void *)(uintptr_t)mm0_space, src, bytes);
	return vfs_file_writeback(held[h], pos, &io);
}

long map_release(u32 h)
{
	if (h >= MAP_FILES_MAX || !held[h])
		return -LINUX_EBADF;
	vfs_file_release(held[h]);
	held[h] = NULL;
	return 0;
}
