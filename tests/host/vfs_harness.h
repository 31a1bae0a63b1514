/*
 * What the fs0/vfs host tests share: the library's hooks (malloc with a
 * size check and failure injection, a clock the test sets, deterministic
 * "random" bytes), user memory with a fault window, and short wrappers
 * around the calls for plain buffers.
 */
#ifndef VFS_HARNESS_H
#define VFS_HARNESS_H

#include "vfs.h"
#include <stdint.h>

extern long h_alloc_fail_after;         /* vfs_alloc calls that succeed before NULLs; -1: all */
extern long h_page_fail_after;          /* the same for vfs_page_alloc */
extern long h_allocs, h_pages;          /* outstanding allocations */
extern struct vfs_time h_clock;         /* what vfs_now returns */
extern uintptr_t h_fault_lo, h_fault_hi;/* user addresses in [lo, hi) fault */
extern long h_wakes;                    /* vfs_wake calls */
extern const struct vfs_io_ops h_ops;

/* vfs_init and a first process (cwd "/", umask 022) */
struct vfs_proc *h_begin(void);
/* vfs_check, vfs_fini, no leak: 0, a VFS_CHECK_* value, or -9999 for a leak */
long h_end(void);
/* advances the clock by one second */
void h_tick(void);

/* wrappers with a buffer in the test's memory */
long h_open(struct vfs_proc *p, const char *path, uint32_t flags, uint32_t mode);
long h_read(struct vfs_proc *p, int fd, void *buf, size_t n);
long h_write(struct vfs_proc *p, int fd, const void *buf, size_t n);
long h_puts(struct vfs_proc *p, int fd, const char *s);
long h_pread(struct vfs_proc *p, int fd, void *buf, size_t n, int64_t pos);
long h_pwrite(struct vfs_proc *p, int fd, const void *buf, size_t n, int64_t pos);
long h_getdents(struct vfs_proc *p, int fd, void *buf, size_t n);
/* readlink with the result NUL-terminated in buf (n - 1 bytes at most) */
long h_readlink(struct vfs_proc *p, const char *path, char *buf, size_t n);
long h_getcwd(struct vfs_proc *p, char *buf, size_t n);
long h_ioctl(struct vfs_proc *p, int fd, uint32_t cmd, void *arg);
long h_stat(struct vfs_proc *p, const char *path, struct linux_stat64 *st);
long h_lstat(struct vfs_proc *p, const char *path, struct linux_stat64 *st);
long h_lseek(struct vfs_proc *p, int fd, int64_t off, int whence);
/* creates (or truncates) path with content: 0 or -errno */
long h_mkfile(struct vfs_proc *p, const char *path, const char *content);
/* the file's content, NUL-terminated (n - 1 bytes at most): bytes or -errno */
long h_cat(struct vfs_proc *p, const char *path, char *buf, size_t n);
/* the names getdents64 gives for a directory, space-separated: count or -errno */
long h_ls(struct vfs_proc *p, const char *path, char *out, size_t n);
/* a path's st_mode, or -errno (lstat if nofollow) */
long h_mode(struct vfs_proc *p, const char *path, int nofollow);

#endif
