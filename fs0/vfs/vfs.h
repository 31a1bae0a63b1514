/*
 * The VFS core of fs0 as a pure library: a tmpfs tree (files, directories,
 * symlinks, device and FIFO nodes), the initramfs unpacker, path lookup,
 * per-process state (cwd, root, umask, fd table) and the Linux file calls,
 * each one function vfs_<call>(struct vfs_proc *, ...) returning >= 0 or
 * -LINUX_Exxx exactly as Linux does for tmpfs.
 *
 * No IPC, no kernel calls: everything outside goes through the hooks below,
 * which the host (fs0, or a unit test) provides:
 *   memory   vfs_alloc/vfs_free (objects), vfs_page_alloc/vfs_page_free (data)
 *   time     vfs_now
 *   entropy  vfs_random_bytes (/dev/random, /dev/urandom)
 *   user     struct vfs_io with a struct vfs_io_ops (copies to and from the
 *            caller's memory, which may fault part way)
 *   devices  struct vfs_dev_ops registered per (major, minor)
 *
 * Single-threaded: fs0 calls one function at a time. Paths are fs0's own
 * NUL-terminated copies (at most LINUX_PATH_MAX bytes with the NUL).
 */
#ifndef FS0_VFS_H
#define FS0_VFS_H

#include <stddef.h>
#include <stdint.h>
#include <linux_abi/dirent.h>
#include <linux_abi/errno.h>
#include <linux_abi/fcntl.h>
#include <linux_abi/limits.h>
#include <linux_abi/stat.h>

/*
 * A device read/write/ioctl, a blocking FIFO open or F_SETLKW that cannot
 * complete yet returns VFS_PENDING: fs0 parks the request and calls again
 * later (nothing changed, but for a FIFO open's waiting end, vfs_openat).
 * It is below every -errno, where no call's result lies (a positive value
 * would not do: lseek may return any offset up to 0x7fffffff).
 */
#define VFS_PENDING        (-0x1000L - 1)

#define VFS_PAGE_SIZE      4096u
#define VFS_MAX_RW_BYTES   0x7ffff000u          /* Linux MAX_RW_COUNT */
#define VFS_FILE_MAX_BYTES 0xffffffff000LL      /* largest file: MAX_LFS_FILESIZE, 32-bit Linux */
#define VFS_NON_LFS_BYTES  0x7fffffffLL         /* ... without O_LARGEFILE: MAX_NON_LFS */
#define VFS_NOFILE_DEFAULT 1024u                /* RLIMIT_NOFILE soft limit */
#define VFS_NR_OPEN        (1u << 20)           /* the highest limit (Linux fs.nr_open) */
#define VFS_MAXSYMLINKS    40
#define VFS_TMPFS_DEV_MINOR 2                   /* st_dev of the tree: (0, 2) */

struct vfs_time {
	int64_t sec;
	uint32_t nsec;
};

/* ---- hooks the host provides ---------------------------------------- */

/* bytes of zeroed-or-not memory aligned for any object, or NULL */
void *vfs_alloc(size_t bytes);
/* p from vfs_alloc(bytes) */
void vfs_free(void *p, size_t bytes);
/* one VFS_PAGE_SIZE page (aligned to it), or NULL (writes then fail with -ENOSPC) */
void *vfs_page_alloc(void);
void vfs_page_free(void *page);
/* the current time (CLOCK_REALTIME) */
void vfs_now(struct vfs_time *t);
/* n unpredictable bytes */
void vfs_random_bytes(void *buf, size_t n);
/*
 * Something a parked call may wait for has changed (a record lock went or
 * changed): fs0 retries its parked calls.
 */
void vfs_wake(void);

/* ---- user memory ----------------------------------------------------- */

struct vfs_io;

/*
 * Copies between fs0 and the memory the io describes (fs0: another address
 * space through the kernel's copy call; tests: plain memory). Each returns
 * the bytes copied, fewer than n only if a fault stopped it, or
 * -LINUX_EFAULT if not one byte could be copied.
 */
struct vfs_io_ops {
	long (*copy_out)(const struct vfs_io *io, uintptr_t addr, const void *src, size_t n);
	long (*copy_in)(const struct vfs_io *io, uintptr_t addr, void *dst, size_t n);
};

/* one buffer of a scatter list, at an address of the io's space */
struct vfs_iovec {
	uintptr_t base;
	size_t len;
};

/*
 * The bytes of one call: segments in the space `space` (fs0 puts its handle
 * for the caller there), read or filled in order as one stream of `bytes`
 * bytes. Set up with vfs_io_buf or vfs_io_vec, never by hand; may be copied.
 */
struct vfs_io {
	const struct vfs_io_ops *ops;
	void *space;
	const struct vfs_iovec *vec;    /* NULL: the one buffer below */
	uint32_t nvec;
	size_t bytes;
	long err;               /* -EINVAL for a refused vector, reported in Linux's order */
	struct vfs_iovec one;   /* storage for vfs_io_buf */
};

/* A single buffer (read, write, getdents64, readlink, getcwd, an ioctl argument). */
void vfs_io_buf(struct vfs_io *io, const struct vfs_io_ops *ops, void *space,
		uintptr_t addr, size_t len);
/*
 * A readv/writev vector (vec stays the caller's, in fs0's memory): the total,
 * clamped to VFS_MAX_RW_BYTES as Linux does, or -EINVAL (nvec < 0 or above
 * LINUX_UIO_MAXIOV, or a length above 0x7fffffff); the calls report it.
 */
long vfs_io_vec(struct vfs_io *io, const struct vfs_io_ops *ops, void *space,
		const struct vfs_iovec *vec, long nvec);
/* n bytes from src into the io's stream at offset off: copied, or -EFAULT if none */
long vfs_io_copy_out(const struct vfs_io *io, size_t off, const void *src, size_t n);
/* n bytes of the io's stream at offset off into dst: copied, or -EFAULT if none */
long vfs_io_copy_in(const struct vfs_io *io, size_t off, void *dst, size_t n);
/* Ops over fs0's own memory (addresses are pointers); never fault. */
extern const struct vfs_io_ops vfs_kernel_io_ops;

/* ---- open files and devices ------------------------------------------ */

struct vfs_vnode;
struct vfs_dev_ops;
struct vfs_proc;

/* f->mode: what the open file description may do (Linux FMODE_*) */
#define VFS_FMODE_READ  1u
#define VFS_FMODE_WRITE 2u
#define VFS_FMODE_PATH  4u      /* O_PATH: only fstat, *at, fchdir, dup, close, some fcntl */
#define VFS_FMODE_SEEK  8u      /* lseek, pread and pwrite allowed */
#define VFS_FMODE_PIPE  16u     /* an end of an anonymous pipe (pipe2), not a named FIFO */

/*
 * An open file description, shared by dup'd and inherited descriptors.
 * Devices read and write flags (O_NONBLOCK) and pos, and keep their own
 * state in priv.
 */
struct vfs_file {
	struct vfs_file *next, *prev;   /* every open file (vfs_check) */
	struct vfs_vnode *vnode;        /* holds a reference */
	const struct vfs_dev_ops *dev;  /* char device or FIFO, else NULL */
	void *priv;                     /* the device's */
	int64_t pos;
	uint32_t flags;                 /* LINUX_O_* as F_GETFL shows them */
	uint32_t mode;                  /* VFS_FMODE_* */
	uint32_t refs;                  /* fd slots + holds */
	uint32_t holds;                 /* vfs_file_hold() references */
	uint32_t chk_slots;             /* vfs_check scratch */
};

/*
 * A character device or FIFO implementation. Every function is optional:
 * no read/write gives -EINVAL, no ioctl -ENOTTY, no llseek means the device
 * is not seekable (lseek, pread, pwrite: -ESPIPE). open returns 0 or
 * -errno; a FIFO's may return VFS_PENDING: the description is open (its
 * end counts) but the open must wait for the other end; the VFS keeps it
 * and asks open_wait again at each retry (0: it may finish now, else
 * VFS_PENDING). read/write move at most n bytes through io and advance
 * *pos (f->pos or a pread's own position); they return the bytes moved,
 * VFS_PENDING (which the library turns into -EAGAIN under O_NONBLOCK in
 * f->flags) or -errno. ioctl's mem is the caller's memory starting at
 * address arg. poll returns the LINUX_POLL* bits that hold now (without
 * it: POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM).
 */
struct vfs_dev_ops {
	long (*open)(struct vfs_file *f);
	long (*open_wait)(struct vfs_file *f);
	void (*release)(struct vfs_file *f);
	long (*read)(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos);
	long (*write)(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos);
	long (*ioctl)(struct vfs_file *f, uint32_t cmd, uint32_t arg, const struct vfs_io *mem);
	long (*llseek)(struct vfs_file *f, int64_t off, int whence, int64_t *result);
	uint32_t (*poll)(struct vfs_file *f);
	/* fcntl commands the file type has (F_GETPIPE_SZ ...): result, or -EINVAL if not one */
	long (*fcntl)(struct vfs_file *f, uint32_t cmd, uint32_t arg);
};

#define VFS_MAX_DEVS 32

/* Device (major, minor) is implemented by ops: 0, -EBUSY if taken, -ENOSPC if full. */
long vfs_dev_register(uint32_t major, uint32_t minor, const struct vfs_dev_ops *ops);
/* Opening a FIFO node uses ops (pipes); until then such opens fail with -ENXIO. */
void vfs_fifo_register(const struct vfs_dev_ops *ops);
/* The FIFO implementation's slot on f's vnode (shared by both ends and every opener). */
void **vfs_file_fifo(struct vfs_file *f);
/*
 * pipe2: a new anonymous FIFO (mode S_IFIFO 0600, on no directory) opened
 * twice through the FIFO ops, read end O_RDONLY in fds[0], write end
 * O_WRONLY in fds[1] (flags: O_CLOEXEC, O_NONBLOCK, O_DIRECT): 0, -EINVAL,
 * -EMFILE, -ENFILE (no FIFO implementation) or -ENOMEM.
 */
long vfs_pipe2(struct vfs_proc *p, uint32_t flags, int fds[2]);
/* A device's major and minor numbers (for the tty: which one was opened). */
void vfs_file_rdev(const struct vfs_file *f, uint32_t *major, uint32_t *minor);

/* An extra reference to fd's description (a parked request); NULL if fd is bad. */
struct vfs_file *vfs_file_hold(struct vfs_proc *p, int fd);
/* Drops a vfs_file_hold reference; the last one closes the description. */
void vfs_file_release(struct vfs_file *f);
/*
 * read/write through a held description, for retrying a parked request
 * even if its fd was closed meanwhile (Linux keeps the file for the call).
 */
long vfs_file_read(struct vfs_file *f, const struct vfs_io *io);
long vfs_file_write(struct vfs_file *f, const struct vfs_io *io);
/*
 * A shared mapping's page written back to a held regular file at pos, as
 * the page cache would: never past the file's end (the bytes written, 0
 * beyond it), whatever the description's mode or O_APPEND; 0 for a device.
 */
long vfs_file_writeback(struct vfs_file *f, int64_t pos, const struct vfs_io *io);

/* ---- the file system and processes ----------------------------------- */

/* An empty root directory (mode 0755) and the mem devices: 0 or -ENOMEM/-EBUSY. */
long vfs_init(void);
/* Frees everything: processes, files, the tree (tests and shutdown). */
void vfs_fini(void);
/* Unpacks a cpio "newc" archive into the tree: 0, -EINVAL if malformed, or -errno. */
long vfs_unpack_cpio(const void *blob, size_t bytes);
/* Creates /dev and its standard nodes (null zero full random urandom tty console ttyAMA0) if missing. */
long vfs_populate_dev(void);

/* A first process (cwd and root "/", umask 022, no fds): 0 or -ENOMEM. */
long vfs_proc_new(struct vfs_proc **out);
/* fork/clone: a copy of parent, sharing its fd table if share_fds (CLONE_FILES). */
long vfs_proc_fork(struct vfs_proc *parent, int share_fds, struct vfs_proc **out);
/* execve: unshares the fd table and closes close-on-exec fds: 0 or -ENOMEM. */
long vfs_proc_exec(struct vfs_proc *p);
/* exit: closes everything the process holds and frees it. */
void vfs_proc_exit(struct vfs_proc *p);
/* setrlimit(RLIMIT_NOFILE): fds >= limit (at most VFS_NR_OPEN) cannot be created. */
void vfs_proc_set_nofile(struct vfs_proc *p, uint32_t limit);
/* The process's RLIMIT_NOFILE (poll refuses more fds than this). */
uint32_t vfs_proc_nofile(const struct vfs_proc *p);

/* ---- the calls (Linux semantics, dirfd may be LINUX_AT_FDCWD) ---------- */

/*
 * A blocking open of a FIFO whose other end is not open returns VFS_PENDING
 * (as a device read does): its end stays open in p, counted by the other
 * side as Linux counts a waiting opener; fs0 parks the call and calls
 * vfs_openat again with the same arguments until it returns the fd. Any
 * other call of vfs_openat by p, vfs_proc_exec, vfs_proc_exit and
 * vfs_open_cancel end such a wait.
 */
long vfs_openat(struct vfs_proc *p, int dirfd, const char *path, uint32_t flags, uint32_t mode);
/* fs0 gives up a parked open of p (a signal, no room to park it): its waiting end closes. */
void vfs_open_cancel(struct vfs_proc *p);
long vfs_close(struct vfs_proc *p, int fd);
long vfs_read(struct vfs_proc *p, int fd, const struct vfs_io *io);
long vfs_write(struct vfs_proc *p, int fd, const struct vfs_io *io);
long vfs_readv(struct vfs_proc *p, int fd, const struct vfs_io *io);
long vfs_writev(struct vfs_proc *p, int fd, const struct vfs_io *io);
long vfs_pread64(struct vfs_proc *p, int fd, const struct vfs_io *io, int64_t pos);
long vfs_pwrite64(struct vfs_proc *p, int fd, const struct vfs_io *io, int64_t pos);
/* _llseek: 0 and *result, or -errno */
long vfs_llseek(struct vfs_proc *p, int fd, int64_t off, int whence, int64_t *result);
/* lseek with a 32-bit off_t: the new offset, or -EOVERFLOW (the offset still moved) */
long vfs_lseek(struct vfs_proc *p, int fd, int32_t off, int whence);
long vfs_fstat(struct vfs_proc *p, int fd, struct linux_stat64 *st);
long vfs_fstatat(struct vfs_proc *p, int dirfd, const char *path, struct linux_stat64 *st,
		 int flags);
long vfs_statx(struct vfs_proc *p, int dirfd, const char *path, int flags, uint32_t mask,
	       struct linux_statx *stx);
long vfs_getdents64(struct vfs_proc *p, int fd, const struct vfs_io *io);
long vfs_mkdirat(struct vfs_proc *p, int dirfd, const char *path, uint32_t mode);
/* dev in the syscall's encoding (Linux new_encode_dev) */
long vfs_mknodat(struct vfs_proc *p, int dirfd, const char *path, uint32_t mode, uint32_t dev);
long vfs_unlinkat(struct vfs_proc *p, int dirfd, const char *path, int flags);
long vfs_renameat2(struct vfs_proc *p, int olddirfd, const char *oldpath, int newdirfd,
		   const char *newpath, uint32_t flags);
long vfs_linkat(struct vfs_proc *p, int olddirfd, const char *oldpath, int newdirfd,
		const char *newpath, int flags);
long vfs_symlinkat(struct vfs_proc *p, const char *target, int newdirfd, const char *linkpath);
/* bufsiz is io->bytes read as the syscall's int */
long vfs_readlinkat(struct vfs_proc *p, int dirfd, const char *path, const struct vfs_io *io);
long vfs_chdir(struct vfs_proc *p, const char *path);
long vfs_fchdir(struct vfs_proc *p, int fd);
/* the length written, NUL included; size is io->bytes */
long vfs_getcwd(struct vfs_proc *p, const struct vfs_io *io);
/* faccessat2 (faccessat is flags 0) */
long vfs_faccessat(struct vfs_proc *p, int dirfd, const char *path, int mode, int flags);
/* fchmodat2 (fchmodat is flags 0) */
long vfs_fchmodat(struct vfs_proc *p, int dirfd, const char *path, uint32_t mode, int flags);
long vfs_fchmod(struct vfs_proc *p, int fd, uint32_t mode);
long vfs_fchownat(struct vfs_proc *p, int dirfd, const char *path, uint32_t uid, uint32_t gid,
		  int flags);
long vfs_fchown(struct vfs_proc *p, int fd, uint32_t uid, uint32_t gid);
long vfs_truncate(struct vfs_proc *p, const char *path, int64_t length);
long vfs_ftruncate(struct vfs_proc *p, int fd, int64_t length);
long vfs_fsync(struct vfs_proc *p, int fd);
long vfs_fdatasync(struct vfs_proc *p, int fd);
long vfs_dup(struct vfs_proc *p, int fd);
long vfs_dup2(struct vfs_proc *p, int oldfd, int newfd);
long vfs_dup3(struct vfs_proc *p, int oldfd, int newfd, uint32_t flags);
long vfs_fcntl(struct vfs_proc *p, int fd, uint32_t cmd, uint32_t arg);
/*
 * fcntl's record locks: cmd F_GETLK, F_SETLK, F_SETLKW (the 32-bit struct
 * flock, which fs0 widens into *fl and narrows back), F_GETLK64, F_SETLK64,
 * F_SETLKW64, F_OFD_GETLK, F_OFD_SETLK, F_OFD_SETLKW (struct flock64 as
 * is); pid is the caller's, for l_pid. POSIX locks belong to p's fd table,
 * OFD locks to the description. fl NULL: fs0 could not read the struct
 * (-EBADF or -EFAULT, in Linux's order). Returns 0 (F_GETLK*: *fl
 * rewritten, to copy back), -EAGAIN (F_SETLK*: a conflict), VFS_PENDING
 * (F_SETLKW*: a conflict; fs0 parks the call and retries it after
 * vfs_wake), -EBADF, -EINVAL, -EOVERFLOW, -ENOLCK.
 */
long vfs_fcntl_lock(struct vfs_proc *p, uint32_t pid, int fd, uint32_t cmd,
		    struct linux_flock64 *fl);
/*
 * poll/select's readiness of fd: the LINUX_POLL* bits of events (plus
 * POLLERR and POLLHUP) that hold now, or POLLNVAL for a bad or O_PATH fd.
 */
uint32_t vfs_poll(struct vfs_proc *p, int fd, uint32_t events);
/* the old mask */
long vfs_umask(struct vfs_proc *p, uint32_t mask);
/* times NULL = now; path NULL = futimens on dirfd */
long vfs_utimensat(struct vfs_proc *p, int dirfd, const char *path, const struct vfs_time *times,
		   int flags);
/* mem: the caller's memory at address arg */
long vfs_ioctl(struct vfs_proc *p, int fd, uint32_t cmd, uint32_t arg, const struct vfs_io *mem);

/* ---- integrity -------------------------------------------------------- */

struct vfs_stats {
	uint32_t vnodes;        /* live vnodes, linked or held */
	uint32_t dirents;       /* directory entries */
	uint32_t files;         /* open file descriptions */
	uint32_t fd_refs;       /* fd slots in use over all tables */
	uint32_t fdtables;
	uint32_t procs;
	uint32_t pages;         /* file data pages */
	size_t bytes;           /* vfs_alloc bytes outstanding */
};

/* Mismatches vfs_check reports (outside the errno range) */
#define VFS_CHECK_VNODES  (-5001L)  /* vnode list != counter */
#define VFS_CHECK_TREE    (-5002L)  /* a linked vnode off the tree, or an unlinked one unheld */
#define VFS_CHECK_NLINK   (-5003L)  /* nlink != entries naming it (2 + subdirs for a dir) */
#define VFS_CHECK_VREFS   (-5004L)  /* vnode refs != files + cwd/root + child dirs */
#define VFS_CHECK_DIRENTS (-5005L)  /* entries != counter, or a dir's size or count wrong */
#define VFS_CHECK_FILES   (-5006L)  /* file list != counter */
#define VFS_CHECK_FREFS   (-5007L)  /* file refs != fd slots + holds */
#define VFS_CHECK_FDS     (-5008L)  /* fd slots in use != counters */
#define VFS_CHECK_TABLES  (-5009L)  /* fd tables != counter, or refs != sharing processes */
#define VFS_CHECK_PROCS   (-5010L)  /* process list != counter */
#define VFS_CHECK_PAGES   (-5011L)  /* pages in files != counter, or a page past EOF */
#define VFS_CHECK_BYTES   (-5012L)  /* bytes recomputed from the objects != counter */
#define VFS_CHECK_LOCKS   (-5013L)  /* a record lock whose owner has no open file of its
				       vnode, or one owner's locks overlapping or unsorted */

/*
 * Recounts everything two ways (walking the tree, files and tables against
 * the allocation counters): 0 or the first VFS_CHECK_* mismatch; *out gets
 * the counters (out may be NULL).
 */
long vfs_check(struct vfs_stats *out);
/* "vnodes", "tree", ... for a VFS_CHECK_* value */
const char *vfs_check_name(long code);

#endif
