/*
 * The Linux file system calls fs0 answers (forwarded by mm0, which made
 * the process's buffers present first; see mm0/forward.c for which
 * arguments are memory). Each handler decodes the registers, copies paths
 * and small structures through the kernel's copy call and calls the VFS.
 * The call table is indexed by Linux number; a forwarded call fs0 does not
 * have names itself and returns -ENOSYS.
 */
#include "fs0.h"
#include "syscall_nr.h"
#include "syscall_names.h"
#include <linux_trace.h>
#include <linux_abi/time.h>
#include <linux_abi/uio.h>

#define AT_CWD          LINUX_AT_FDCWD
#define UID16(x)        ((x) == 0xffffu ? 0xffffffffu : (x))    /* 16-bit "no change" */
#define IOCTL_WINDOW    4096u           /* how far an ioctl argument may reach */

typedef long (*fs_call)(struct fsproc *fp, const u32 *a);

/* A path argument into buf, or -errno. */
#define GET_PATH(buf, addr)                                             \
	char buf[LINUX_PATH_MAX];                                        \
	do { long _e = user_path(fp->space, (addr), buf); if (_e < 0) return _e; } while (0)

static void io_buf(struct fsproc *fp, struct vfs_io *io, u32 addr, u32 len)
{
	vfs_io_buf(io, &user_io_ops, (void *)(uintptr_t)fp->space, addr, len);
}

static s64 arg64(const u32 *a, int lo)
{
	return (s64)((u64)a[lo] | (u64)a[lo + 1] << 32);
}

static long put_stat(struct fsproc *fp, u32 addr, long err, const struct linux_stat64 *st)
{
	if (err < 0)
		return err;
	return user_write(fp->space, addr, st, sizeof(*st)) == sizeof(*st) ? 0 : -LINUX_EFAULT;
}

/* ---- reading and writing ---- */

static long sys_read(struct fsproc *fp, const u32 *a)
{
	struct vfs_io io;

	io_buf(fp, &io, a[1], a[2]);
	return vfs_read(fp->vp, (int)a[0], &io);
}

static long sys_write(struct fsproc *fp, const u32 *a)
{
	struct vfs_io io;

	io_buf(fp, &io, a[1], a[2]);
	return vfs_write(fp->vp, (int)a[0], &io);
}

static long sys_pread64(struct fsproc *fp, const u32 *a)
{
	struct vfs_io io;

	io_buf(fp, &io, a[1], a[2]);
	return vfs_pread64(fp->vp, (int)a[0], &io, arg64(a, 4));
}

static long sys_pwrite64(struct fsproc *fp, const u32 *a)
{
	struct vfs_io io;

	io_buf(fp, &io, a[1], a[2]);
	return vfs_pwrite64(fp->vp, (int)a[0], &io, arg64(a, 4));
}

/* readv/writev (pos < 0) and preadv/pwritev: the iovec array is read first (Linux's order). */
static long vector_io(struct fsproc *fp, const u32 *a, int write, s64 pos)
{
	static struct linux_iovec uv[LINUX_UIO_MAXIOV];         /* one call at a time */
	static struct vfs_iovec vec[LINUX_UIO_MAXIOV];
	long n = (long)a[2];
	struct vfs_io io;

	if (n < 0 || n > LINUX_UIO_MAXIOV)
		return -LINUX_EINVAL;
	if (n && user_read(fp->space, a[1], uv, (u32)n * sizeof(uv[0])) != (long)(n * sizeof(uv[0])))
		return -LINUX_EFAULT;
	for (long i = 0; i < n; i++) {
		vec[i].base = uv[i].iov_base;
		vec[i].len = uv[i].iov_len;
	}
	vfs_io_vec(&io, &user_io_ops, (void *)(uintptr_t)fp->space, vec, n);
	if (pos >= 0)
		return write ? vfs_pwrite64(fp->vp, (int)a[0], &io, pos) : vfs_pread64(fp->vp, (int)a[0], &io, pos);
	return write ? vfs_writev(fp->vp, (int)a[0], &io) : vfs_readv(fp->vp, (int)a[0], &io);
}

static long sys_readv(struct fsproc *fp, const u32 *a) { return vector_io(fp, a, 0, -1); }
static long sys_writev(struct fsproc *fp, const u32 *a) { return vector_io(fp, a, 1, -1); }

/* preadv/pwritev: the position in r3 (low) and r4 (high); the *2 forms take flags in r5. */
static s64 vector_pos(const u32 *a)
{
	return (s64)((u64)a[3] | (u64)a[4] << 32);
}

static long sys_preadv(struct fsproc *fp, const u32 *a)
{
	return vector_pos(a) < 0 ? -LINUX_EINVAL : vector_io(fp, a, 0, vector_pos(a));
}

static long sys_pwritev(struct fsproc *fp, const u32 *a)
{
	return vector_pos(a) < 0 ? -LINUX_EINVAL : vector_io(fp, a, 1, vector_pos(a));
}

/* preadv2/pwritev2: position -1 means the file position; no flags are supported yet. */
static long sys_preadv2(struct fsproc *fp, const u32 *a)
{
	if (a[5])
		return -LINUX_EOPNOTSUPP;
	return vector_pos(a) == -1 ? vector_io(fp, a, 0, -1) : sys_preadv(fp, a);
}

static long sys_pwritev2(struct fsproc *fp, const u32 *a)
{
	if (a[5])
		return -LINUX_EOPNOTSUPP;
	return vector_pos(a) == -1 ? vector_io(fp, a, 1, -1) : sys_pwritev(fp, a);
}

static long sys_lseek(struct fsproc *fp, const u32 *a)
{
	return vfs_lseek(fp->vp, (int)a[0], (s32)a[1], (int)a[2]);
}

static long sys_llseek(struct fsproc *fp, const u32 *a)
{
	int64_t result;
	long err = vfs_llseek(fp->vp, (int)a[0], (s64)((u64)a[1] << 32 | a[2]), (int)a[4], &result);

	if (err < 0)
		return err;
	return user_write(fp->space, a[3], &result, 8) == 8 ? 0 : -LINUX_EFAULT;
}

static long sys_getdents64(struct fsproc *fp, const u32 *a)
{
	struct vfs_io io;

	io_buf(fp, &io, a[1], a[2]);
	return vfs_getdents64(fp->vp, (int)a[0], &io);
}

/* ---- opening and closing ---- */

static long sys_openat(struct fsproc *fp, const u32 *a)
{
	GET_PATH(path, a[1]);
	return vfs_openat(fp->vp, (int)a[0], path, a[2], a[3]);
}

static long sys_open(struct fsproc *fp, const u32 *a)
{
	GET_PATH(path, a[0]);
	return vfs_openat(fp->vp, AT_CWD, path, a[1], a[2]);
}

static long sys_creat(struct fsproc *fp, const u32 *a)
{
	GET_PATH(path, a[0]);
	return vfs_openat(fp->vp, AT_CWD, path, LINUX_O_CREAT | LINUX_O_WRONLY | LINUX_O_TRUNC, a[1]);
}

static long sys_close(struct fsproc *fp, const u32 *a) { return vfs_close(fp->vp, (int)a[0]); }
static long sys_dup(struct fsproc *fp, const u32 *a) { return vfs_dup(fp->vp, (int)a[0]); }
static long sys_dup2(struct fsproc *fp, const u32 *a) { return vfs_dup2(fp->vp, (int)a[0], (int)a[1]); }
static long sys_dup3(struct fsproc *fp, const u32 *a)
{
	return vfs_dup3(fp->vp, (int)a[0], (int)a[1], a[2]);
}

static int lock_cmd32(u32 cmd)
{
	return cmd == LINUX_F_GETLK || cmd == LINUX_F_SETLK || cmd == LINUX_F_SETLKW;
}

static int lock_cmd64(u32 cmd)
{
	return (cmd >= LINUX_F_GETLK64 && cmd <= LINUX_F_SETLKW64) ||
	       (cmd >= LINUX_F_OFD_GETLK && cmd <= LINUX_F_OFD_SETLKW);
}

static struct linux_flock64 flock_widen(const struct linux_flock *s)
{
	return (struct linux_flock64){ .l_type = s->l_type, .l_whence = s->l_whence,
				       .l_start = s->l_start, .l_len = s->l_len, .l_pid = s->l_pid };
}

/* the VFS checked that an F_GETLK answer fits (else -EOVERFLOW) */
static struct linux_flock flock_narrow(const struct linux_flock64 *l)
{
	return (struct linux_flock){ .l_type = l->l_type, .l_whence = l->l_whence,
				     .l_start = (s32)l->l_start, .l_len = (s32)l->l_len,
				     .l_pid = l->l_pid };
}

/*
 * fcntl's record locks: a struct flock (32-bit offsets) for F_GETLK, F_SETLK
 * and F_SETLKW, a flock64 for the others; the F_GETLK* answer is copied back.
 */
static long lock_call(struct fsproc *fp, const u32 *a)
{
	u32 cmd = a[1];
	int small = lock_cmd32(cmd);
	struct linux_flock fl32;
	struct linux_flock64 fl;
	void *buf = small ? (void *)&fl32 : (void *)&fl;
	long bytes = small ? (long)sizeof(fl32) : (long)sizeof(fl);

	if (user_read(fp->space, a[2], buf, (u32)bytes) != bytes)
		return vfs_fcntl_lock(fp->vp, fp->pid, (int)a[0], cmd, NULL);  /* -EBADF or -EFAULT */
	if (small)
		fl = flock_widen(&fl32);
	long err = vfs_fcntl_lock(fp->vp, fp->pid, (int)a[0], cmd, &fl);
	if (err || (cmd != LINUX_F_GETLK && cmd != LINUX_F_GETLK64 && cmd != LINUX_F_OFD_GETLK))
		return err;
	if (small)
		fl32 = flock_narrow(&fl);
	return user_write(fp->space, a[2], buf, (u32)bytes) == bytes ? 0 : -LINUX_EFAULT;
}

static long sys_fcntl(struct fsproc *fp, const u32 *a)
{
	return lock_cmd32(a[1]) ? lock_call(fp, a) : vfs_fcntl(fp->vp, (int)a[0], a[1], a[2]);
}

/* fcntl64 also takes the flock64 commands, which 32-bit Linux's fcntl refuses (-EINVAL). */
static long sys_fcntl64(struct fsproc *fp, const u32 *a)
{
	if (lock_cmd32(a[1]) || lock_cmd64(a[1]))
		return lock_call(fp, a);
	return vfs_fcntl(fp->vp, (int)a[0], a[1], a[2]);
}

static long sys_umask(struct fsproc *fp, const u32 *a) { return vfs_umask(fp->vp, a[0]); }

static long sys_ioctl(struct fsproc *fp, const u32 *a)
{
	struct vfs_io mem;

	io_buf(fp, &mem, a[2], IOCTL_WINDOW);
	return vfs_ioctl(fp->vp, (int)a[0], a[1], a[2], &mem);
}

/* ---- status ---- */

static long sys_fstat64(struct fsproc *fp, const u32 *a)
{
	struct linux_stat64 st;

	return put_stat(fp, a[1], vfs_fstat(fp->vp, (int)a[0], &st), &st);
}

static long stat_path(struct fsproc *fp, int dirfd, u32 path_addr, u32 buf, int flags)
{
	struct linux_stat64 st;
	GET_PATH(path, path_addr);
	return put_stat(fp, buf, vfs_fstatat(fp->vp, dirfd, path, &st, flags), &st);
}

static long sys_stat64(struct fsproc *fp, const u32 *a) { return stat_path(fp, AT_CWD, a[0], a[1], 0); }
static long sys_lstat64(struct fsproc *fp, const u32 *a)
{
	return stat_path(fp, AT_CWD, a[0], a[1], LINUX_AT_SYMLINK_NOFOLLOW);
}
static long sys_fstatat64(struct fsproc *fp, const u32 *a)
{
	return stat_path(fp, (int)a[0], a[1], a[2], (int)a[3]);
}

static long sys_statx(struct fsproc *fp, const u32 *a)
{
	struct linux_statx stx;
	GET_PATH(path, a[1]);
	long err = vfs_statx(fp->vp, (int)a[0], path, (int)a[2], a[3], &stx);
	if (err < 0)
		return err;
	return user_write(fp->space, a[4], &stx, sizeof(stx)) == sizeof(stx) ? 0 : -LINUX_EFAULT;
}

/* ---- the name space ---- */

static long sys_mkdirat(struct fsproc *fp, const u32 *a)
{
	GET_PATH(path, a[1]);
	return vfs_mkdirat(fp->vp, (int)a[0], path, a[2]);
}

static long sys_mkdir(struct fsproc *fp, const u32 *a)
{
	GET_PATH(path, a[0]);
	return vfs_mkdirat(fp->vp, AT_CWD, path, a[1]);
}

static long sys_mknodat(struct fsproc *fp, const u32 *a)
{
	GET_PATH(path, a[1]);
	return vfs_mknodat(fp->vp, (int)a[0], path, a[2], a[3]);
}

static long sys_mknod(struct fsproc *fp, const u32 *a)
{
	GET_PATH(path, a[0]);
	return vfs_mknodat(fp->vp, AT_CWD, path, a[1], a[2]);
}

static long unlink_path(struct fsproc *fp, int dirfd, u32 addr, int flags)
{
	GET_PATH(path, addr);
	return vfs_unlinkat(fp->vp, dirfd, path, flags);
}

static long sys_unlinkat(struct fsproc *fp, const u32 *a) { return unlink_path(fp, (int)a[0], a[1], (int)a[2]); }
static long sys_unlink(struct fsproc *fp, const u32 *a) { return unlink_path(fp, AT_CWD, a[0], 0); }
static long sys_rmdir(struct fsproc *fp, const u32 *a) { return unlink_path(fp, AT_CWD, a[0], LINUX_AT_REMOVEDIR); }

static long rename_paths(struct fsproc *fp, int olddir, u32 oldp, int newdir, u32 newp, u32 flags)
{
	GET_PATH(from, oldp);
	GET_PATH(to, newp);
	return vfs_renameat2(fp->vp, olddir, from, newdir, to, flags);
}

static long sys_rename(struct fsproc *fp, const u32 *a) { return rename_paths(fp, AT_CWD, a[0], AT_CWD, a[1], 0); }
static long sys_renameat(struct fsproc *fp, const u32 *a)
{
	return rename_paths(fp, (int)a[0], a[1], (int)a[2], a[3], 0);
}
static long sys_renameat2(struct fsproc *fp, const u32 *a)
{
	return rename_paths(fp, (int)a[0], a[1], (int)a[2], a[3], a[4]);
}

static long link_paths(struct fsproc *fp, int olddir, u32 oldp, int newdir, u32 newp, int flags)
{
	GET_PATH(from, oldp);
	GET_PATH(to, newp);
	return vfs_linkat(fp->vp, olddir, from, newdir, to, flags);
}

static long sys_link(struct fsproc *fp, const u32 *a) { return link_paths(fp, AT_CWD, a[0], AT_CWD, a[1], 0); }
static long sys_linkat(struct fsproc *fp, const u32 *a)
{
	return link_paths(fp, (int)a[0], a[1], (int)a[2], a[3], (int)a[4]);
}

static long symlink_paths(struct fsproc *fp, u32 targetp, int newdir, u32 linkp)
{
	GET_PATH(target, targetp);
	GET_PATH(path, linkp);
	return vfs_symlinkat(fp->vp, target, newdir, path);
}

static long sys_symlink(struct fsproc *fp, const u32 *a) { return symlink_paths(fp, a[0], AT_CWD, a[1]); }
static long sys_symlinkat(struct fsproc *fp, const u32 *a) { return symlink_paths(fp, a[0], (int)a[1], a[2]); }

static long readlink_path(struct fsproc *fp, int dirfd, u32 pathp, u32 buf, u32 size)
{
	struct vfs_io io;
	GET_PATH(path, pathp);
	io_buf(fp, &io, buf, size);
	return vfs_readlinkat(fp->vp, dirfd, path, &io);
}

static long sys_readlink(struct fsproc *fp, const u32 *a) { return readlink_path(fp, AT_CWD, a[0], a[1], a[2]); }
static long sys_readlinkat(struct fsproc *fp, const u32 *a)
{
	return readlink_path(fp, (int)a[0], a[1], a[2], a[3]);
}

/* ---- directories and attributes ---- */

static long sys_chdir(struct fsproc *fp, const u32 *a)
{
	GET_PATH(path, a[0]);
	return vfs_chdir(fp->vp, path);
}

static long sys_fchdir(struct fsproc *fp, const u32 *a) { return vfs_fchdir(fp->vp, (int)a[0]); }

static long sys_getcwd(struct fsproc *fp, const u32 *a)
{
	struct vfs_io io;

	io_buf(fp, &io, a[0], a[1]);
	return vfs_getcwd(fp->vp, &io);
}

static long access_path(struct fsproc *fp, int dirfd, u32 addr, int mode, int flags)
{
	GET_PATH(path, addr);
	return vfs_faccessat(fp->vp, dirfd, path, mode, flags);
}

static long sys_access(struct fsproc *fp, const u32 *a) { return access_path(fp, AT_CWD, a[0], (int)a[1], 0); }
static long sys_faccessat(struct fsproc *fp, const u32 *a) { return access_path(fp, (int)a[0], a[1], (int)a[2], 0); }
static long sys_faccessat2(struct fsproc *fp, const u32 *a)
{
	return access_path(fp, (int)a[0], a[1], (int)a[2], (int)a[3]);
}

static long chmod_path(struct fsproc *fp, int dirfd, u32 addr, u32 mode)
{
	GET_PATH(path, addr);
	return vfs_fchmodat(fp->vp, dirfd, path, mode, 0);
}

static long sys_chmod(struct fsproc *fp, const u32 *a) { return chmod_path(fp, AT_CWD, a[0], a[1]); }
static long sys_fchmodat(struct fsproc *fp, const u32 *a) { return chmod_path(fp, (int)a[0], a[1], a[2]); }
static long sys_fchmod(struct fsproc *fp, const u32 *a) { return vfs_fchmod(fp->vp, (int)a[0], a[1]); }

static long chown_path(struct fsproc *fp, int dirfd, u32 addr, u32 uid, u32 gid, int flags)
{
	GET_PATH(path, addr);
	return vfs_fchownat(fp->vp, dirfd, path, uid, gid, flags);
}

static long sys_chown32(struct fsproc *fp, const u32 *a) { return chown_path(fp, AT_CWD, a[0], a[1], a[2], 0); }
static long sys_lchown32(struct fsproc *fp, const u32 *a)
{
	return chown_path(fp, AT_CWD, a[0], a[1], a[2], LINUX_AT_SYMLINK_NOFOLLOW);
}
static long sys_chown(struct fsproc *fp, const u32 *a)
{
	return chown_path(fp, AT_CWD, a[0], UID16(a[1]), UID16(a[2]), 0);
}
static long sys_lchown(struct fsproc *fp, const u32 *a)
{
	return chown_path(fp, AT_CWD, a[0], UID16(a[1]), UID16(a[2]), LINUX_AT_SYMLINK_NOFOLLOW);
}
static long sys_fchownat(struct fsproc *fp, const u32 *a)
{
	return chown_path(fp, (int)a[0], a[1], a[2], a[3], (int)a[4]);
}
static long sys_fchown32(struct fsproc *fp, const u32 *a) { return vfs_fchown(fp->vp, (int)a[0], a[1], a[2]); }
static long sys_fchown(struct fsproc *fp, const u32 *a)
{
	return vfs_fchown(fp->vp, (int)a[0], UID16(a[1]), UID16(a[2]));
}

static long truncate_path(struct fsproc *fp, u32 addr, s64 len)
{
	GET_PATH(path, addr);
	return vfs_truncate(fp->vp, path, len);
}

static long sys_truncate(struct fsproc *fp, const u32 *a) { return truncate_path(fp, a[0], (s32)a[1]); }
static long sys_truncate64(struct fsproc *fp, const u32 *a) { return truncate_path(fp, a[0], arg64(a, 2)); }
static long sys_ftruncate(struct fsproc *fp, const u32 *a) { return vfs_ftruncate(fp->vp, (int)a[0], (s32)a[1]); }
static long sys_ftruncate64(struct fsproc *fp, const u32 *a) { return vfs_ftruncate(fp->vp, (int)a[0], arg64(a, 2)); }
static long sys_fsync(struct fsproc *fp, const u32 *a) { return vfs_fsync(fp->vp, (int)a[0]); }
static long sys_fdatasync(struct fsproc *fp, const u32 *a) { return vfs_fdatasync(fp->vp, (int)a[0]); }
static long sys_sync(struct fsproc *fp, const u32 *a) { return 0; }

static long sys_syncfs(struct fsproc *fp, const u32 *a)
{
	long flags = vfs_fcntl(fp->vp, (int)a[0], LINUX_F_GETFD, 0);

	return flags < 0 ? flags : 0;
}

/* utimensat: times (two timespecs, 32- or 64-bit) may be NULL, path may be NULL. */
static long utimens(struct fsproc *fp, const u32 *a, int is64)
{
	struct vfs_time t[2];
	char path[LINUX_PATH_MAX];

	if (a[1]) {
		long e = user_path(fp->space, a[1], path);
		if (e < 0)
			return e;
	}
	if (a[2] && is64) {
		struct linux_timespec64 ts[2];
		if (user_read(fp->space, a[2], ts, sizeof(ts)) != sizeof(ts))
			return -LINUX_EFAULT;
		for (int i = 0; i < 2; i++)
			t[i] = (struct vfs_time){ ts[i].tv_sec, (uint32_t)ts[i].tv_nsec };
	} else if (a[2]) {
		struct linux_old_timespec32 ts[2];
		if (user_read(fp->space, a[2], ts, sizeof(ts)) != sizeof(ts))
			return -LINUX_EFAULT;
		for (int i = 0; i < 2; i++)
			t[i] = (struct vfs_time){ ts[i].tv_sec, (uint32_t)ts[i].tv_nsec };
	}
	return vfs_utimensat(fp->vp, (int)a[0], a[1] ? path : NULL, a[2] ? t : NULL, (int)a[3]);
}

static long pipe_fds(struct fsproc *fp, u32 addr, u32 flags)
{
	int fds[2];
	long err = vfs_pipe2(fp->vp, flags, fds);

	if (err < 0)
		return err;
	if (user_write(fp->space, addr, fds, sizeof(fds)) != sizeof(fds)) {
		vfs_close(fp->vp, fds[0]);      /* Linux undoes the pipe on EFAULT */
		vfs_close(fp->vp, fds[1]);
		return -LINUX_EFAULT;
	}
	return 0;
}

static long sys_pipe(struct fsproc *fp, const u32 *a) { return pipe_fds(fp, a[0], 0); }
static long sys_pipe2(struct fsproc *fp, const u32 *a) { return pipe_fds(fp, a[0], a[1]); }

static long sys_utimensat(struct fsproc *fp, const u32 *a) { return utimens(fp, a, 0); }
static long sys_utimensat_time64(struct fsproc *fp, const u32 *a) { return utimens(fp, a, 1); }

#define CALL(name) [__NR_##name] = sys_##name
static const fs_call calls[LINUX_NR_SYSCALLS] = {
	CALL(read), CALL(write), CALL(pread64), CALL(pwrite64), CALL(readv), CALL(writev),
	CALL(preadv), CALL(pwritev), CALL(preadv2), CALL(pwritev2),
	CALL(open), CALL(openat), CALL(creat), CALL(close), CALL(lseek), [__NR__llseek] = sys_llseek,
	CALL(fstat64), CALL(stat64), CALL(lstat64), CALL(fstatat64), CALL(statx), CALL(getdents64),
	CALL(mkdir), CALL(mkdirat), CALL(mknod), CALL(mknodat), CALL(rmdir), CALL(unlink),
	CALL(unlinkat), CALL(rename), CALL(renameat), CALL(renameat2), CALL(link), CALL(linkat),
	CALL(symlink), CALL(symlinkat), CALL(readlink), CALL(readlinkat), CALL(chdir), CALL(fchdir),
	CALL(getcwd), CALL(access), CALL(faccessat), CALL(faccessat2), CALL(chmod), CALL(fchmod),
	CALL(fchmodat), CALL(chown), CALL(lchown), CALL(fchown), CALL(chown32), CALL(lchown32),
	CALL(fchown32), CALL(fchownat), CALL(truncate), CALL(truncate64), CALL(ftruncate),
	CALL(ftruncate64), CALL(fsync), CALL(fdatasync), CALL(sync), CALL(syncfs), CALL(dup),
	CALL(dup2), CALL(dup3), CALL(fcntl), CALL(fcntl64), CALL(ioctl), CALL(umask),
	CALL(utimensat), CALL(utimensat_time64), CALL(pipe), CALL(pipe2),
	CALL(poll), CALL(ppoll), CALL(ppoll_time64), CALL(_newselect), CALL(pselect6),
	CALL(pselect6_time64), CALL(restart_syscall),
};

int blocking_fifo(struct fsproc *fp, int fd)
{
	struct linux_stat64 st;
	long fl = vfs_fcntl(fp->vp, fd, LINUX_F_GETFL, 0);

	return fl >= 0 && !(fl & LINUX_O_NONBLOCK) && vfs_fstat(fp->vp, fd, &st) == 0 &&
	       LINUX_S_ISFIFO(st.st_mode);
}

long linux_call(struct fsproc *fp, const u32 *args)
{
	u32 nr = args[7];

	if (nr < LINUX_NR_SYSCALLS && calls[nr])
		return calls[nr](fp, args);
	const char *name = linux_syscall_name(nr);
	printf("fs0: pid %u: system call %s (%u) is not implemented: -ENOSYS\n", fp->pid,
	       name ? name : "?", nr);
	return -LINUX_ENOSYS;
}

static long trace_read(void *ctx, uint32_t addr, void *dst, uint32_t len)
{
	return user_read(*(u32 *)ctx, addr, dst, len);
}

void trace_call(struct fsproc *fp, const u32 *args, long result)
{
	struct trace_reader r = { trace_read, &fp->space };
	uint32_t a[7];

	if (!trace_enabled)
		return;
	for (int i = 0; i < 7; i++)
		a[i] = args[i];
	trace_format(utcb()->buf, UTCB_BUF_BYTES, fp->pid, args[7], a, result, &r);
	debug_write(strlen(utcb()->buf));
}

void reply_linux(struct fsproc *fp, const u32 *args, long result)
{
	struct msg m = { .tag = TAG(0, 1), .mr = { (u32)result } };

	trace_call(fp, args, result);
	long err = ipc_reply(fp->tid, &m);
	if (err < 0)
		reply_failed(fp->tid, (u32)result, err);
}
