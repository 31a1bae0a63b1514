/*
 * mm0's requests (mm0 waits for the answer; fs0 never calls mm0): process
 * creation, exec and exit, process ids and signal dispositions for job
 * control, interrupting a process's call and collecting the signals fs0
 * raised (signals.c), reading executables and mmap'd files into mm0's
 * memory (through the kernel's copy call into mm0's space), and the
 * integrity check.
 */
#include "fs0.h"

#define EXEC_HANDLES 8

/* An executable mm0 is reading: an fd in a process's table (or fs0's own). */
struct exec_handle {
	struct vfs_proc *vp;
	int fd;
	int used;
};

static struct exec_handle handles[EXEC_HANDLES];

/* The executable's fd in vp: path from dirfd, or dirfd itself (execveat's AT_EMPTY_PATH). */
static long exec_fd(struct vfs_proc *vp, const char *path, u32 dirfd, u32 at_flags)
{
	if ((at_flags & LINUX_AT_EMPTY_PATH) && !path[0])
		return vfs_dup(vp, (int)dirfd);
	u32 nofollow = (at_flags & LINUX_AT_SYMLINK_NOFOLLOW) ? LINUX_O_NOFOLLOW : 0;
	return vfs_openat(vp, (int)dirfd, path, LINUX_O_RDONLY | LINUX_O_CLOEXEC | nofollow, 0);
}

static long exec_open(u32 pid, u32 path_addr, u32 dirfd, u32 at_flags, struct msg *m)
{
	struct fsproc *fp = pid ? fsproc_by_pid(pid) : NULL;
	struct vfs_proc *vp = fp ? fp->vp : fs0_self;
	char path[LINUX_PATH_MAX];
	struct linux_stat64 st;
	int h;

	for (h = 0; h < EXEC_HANDLES && handles[h].used; h++)
		;
	if (h == EXEC_HANDLES)
		return -LINUX_ENFILE;
	long err = user_path(mm0_space, path_addr, path);
	if (err < 0)
		return err;
	long fd = exec_fd(vp, path, dirfd, at_flags);
	if (fd < 0)
		return fd;
	err = vfs_fstat(vp, (int)fd, &st);
	if (err < 0) {
		vfs_close(vp, (int)fd);
		return err;
	}
	handles[h] = (struct exec_handle){ vp, (int)fd, 1 };
	m->mr[1] = (u32)st.st_size;
	m->mr[2] = st.st_mode;
	return h;
}

static long exec_read(u32 h, u32 offset, u32 bytes, u32 dst)
{
	struct vfs_io io;

	if (h >= EXEC_HANDLES || !handles[h].used)
		return -LINUX_EBADF;
	vfs_io_buf(&io, &user_io_ops, (void *)(uintptr_t)mm0_space, dst, bytes);
	return vfs_pread64(handles[h].vp, handles[h].fd, &io, offset);
}

static long exec_close(u32 h)
{
	if (h >= EXEC_HANDLES || !handles[h].used)
		return -LINUX_EBADF;
	handles[h].used = 0;
	return vfs_close(handles[h].vp, handles[h].fd);
}

#define DEV_ZERO ((1u << 8) | 5u)      /* /dev/zero: mapping it gives anonymous memory */

/* What mmap refuses, in Linux's order: bad fd, O_PATH, write-only, read-only for a shared
 * writable mapping, then anything but a regular file or /dev/zero. */
static long file_check(struct fsproc *fp, u32 fd, int shared_write, struct linux_stat64 *st)
{
	long fl = vfs_fcntl(fp->vp, (int)fd, LINUX_F_GETFL, 0);

	if (fl < 0)
		return fl;
	if (fl & LINUX_O_PATH)
		return -LINUX_EBADF;
	if ((fl & LINUX_O_ACCMODE) == LINUX_O_WRONLY ||
	    (shared_write && (fl & LINUX_O_ACCMODE) != LINUX_O_RDWR))
		return -LINUX_EACCES;
	long err = vfs_fstat(fp->vp, (int)fd, st);
	if (err < 0)
		return err;
	if (!LINUX_S_ISREG(st->st_mode) && !(LINUX_S_ISCHR(st->st_mode) && st->st_rdev == DEV_ZERO))
		return -LINUX_ENODEV;
	return 0;
}

static long file_read(u32 pid, u32 fd, s64 offset, u32 bytes, u32 dst)
{
	struct fsproc *fp = fsproc_by_pid(pid);
	struct linux_stat64 st;
	struct vfs_io io;

	if (!fp)
		return -LINUX_ESRCH;
	long err = file_check(fp, fd, 0, &st);
	if (err < 0)
		return err;
	vfs_io_buf(&io, &user_io_ops, (void *)(uintptr_t)mm0_space, dst, bytes);
	return vfs_pread64(fp->vp, (int)fd, &io, LINUX_S_ISREG(st.st_mode) ? offset : 0);
}

static long check(struct msg *m)
{
	struct vfs_stats st;
	long r = vfs_check(&st);

	if (r < 0)
		printf("fs0 check: %s mismatch (%ld)\n", vfs_check_name(r), r);
	m->mr[1] = st.files;
	m->mr[2] = st.vnodes;
	return r;
}

void mm0_request(struct msg *m)
{
	const u32 *mr = m->mr, *ext = utcb()->mr;
	struct fsproc *fp;
	struct linux_stat64 st;
	long r;

	call_ctx = (struct call_ctx){ 0 };      /* no process is calling */
	switch (TAG_LABEL(m->tag)) {
	case FS0_PROC_NEW:
		r = fsproc_new(mr[0], mr[1], mr[2], mr[3]);
		break;
	case FS0_PROC_EXIT:
		r = fsproc_exit(mr[0]);
		break;
	case FS0_PROC_EXEC:
		r = fsproc_exec(mr[0], mr[1]);
		break;
	case FS0_PROC_IDS:
		r = fsproc_ids(mr[0], mr[1], mr[2]);
		pending_recheck();
		break;
	case FS0_PROC_SIGTTY:
		r = fsproc_sigtty(mr[0], mr[1]);
		pending_recheck();
		break;
	case FS0_INTERRUPT:
		interrupt_reply(mr[0], m);
		return;
	case FS0_EVENTS:
		events_reply(m);
		return;
	case FS0_EXEC_OPEN:
		r = exec_open(mr[0], mr[1], mr[3], ext[4], m);
		break;
	case FS0_EXEC_READ:
		r = exec_read(mr[0], mr[1], mr[2], mr[3]);
		break;
	case FS0_EXEC_CLOSE:
		r = exec_close(mr[0]);
		break;
	case FS0_MAP_HOLD:
		r = map_hold(mr[0], mr[1]);
		break;
	case FS0_MAP_WRITE:
		r = map_write(mr[0], (s64)((u64)mr[1] | (u64)mr[2] << 32), mr[3], ext[4]);
		break;
	case FS0_MAP_RELEASE:
		r = map_release(mr[0]);
		break;
	case FS0_FILE_READ:
		r = file_read(mr[0], mr[1], (s64)((u64)mr[2] | (u64)mr[3] << 32), ext[4], ext[5]);
		break;
	case FS0_FILE_CHECK:
		r = (fp = fsproc_by_pid(mr[0])) ? file_check(fp, mr[1], (int)mr[2], &st) : -LINUX_ESRCH;
		break;
	case FS0_SET_NOFILE:
		r = (fp = fsproc_by_pid(mr[0])) ? (vfs_proc_set_nofile(fp->vp, mr[1]), 0) : -LINUX_ESRCH;
		break;
	case FS0_CHECK:
		r = check(m);
		break;
	case FS0_PING:
		r = mr[0] + 1;
		break;
	default:
		r = -LINUX_ENOSYS;
	}
	m->tag = TAG(0, 3);
	m->mr[0] = (u32)r;
}
