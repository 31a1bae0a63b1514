/*
 * The fs0/vfs hooks for host tests and the wrappers of vfs_harness.h.
 * Every allocation carries its size, checked when vfs_free is told it, and
 * is filled with junk (the library must not expect zeroed memory).
 */
#include "vfs_harness.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long h_alloc_fail_after = -1, h_page_fail_after = -1;
long h_allocs, h_pages;
struct vfs_time h_clock = { 1000000, 0 };
uintptr_t h_fault_lo, h_fault_hi;
long h_wakes;
static unsigned char random_next;

void *vfs_alloc(size_t bytes)
{
	if (h_alloc_fail_after == 0)
		return NULL;
	if (h_alloc_fail_after > 0)
		h_alloc_fail_after--;
	size_t *p = malloc(bytes + 16);
	p[0] = bytes;
	memset(p + 2, 0xa5, bytes);
	h_allocs++;
	return p + 2;
}

void vfs_free(void *ptr, size_t bytes)
{
	size_t *p = (size_t *)ptr - 2;

	if (p[0] != bytes) {
		fprintf(stderr, "vfs_free(%p, %zu): allocated with %zu bytes\n", ptr, bytes, p[0]);
		abort();
	}
	memset(ptr, 0x5a, bytes);
	h_allocs--;
	free(p);
}

void *vfs_page_alloc(void)
{
	if (h_page_fail_after == 0)
		return NULL;
	if (h_page_fail_after > 0)
		h_page_fail_after--;
	void *p = aligned_alloc(VFS_PAGE_SIZE, VFS_PAGE_SIZE);
	memset(p, 0xa5, VFS_PAGE_SIZE);
	h_pages++;
	return p;
}

void vfs_page_free(void *page)
{
	memset(page, 0x5a, VFS_PAGE_SIZE);
	h_pages--;
	free(page);
}

void vfs_now(struct vfs_time *t)
{
	*t = h_clock;
}

void vfs_random_bytes(void *buf, size_t n)
{
	unsigned char *b = buf;

	while (n--)
		*b++ = ++random_next ? random_next : ++random_next;
}

void vfs_wake(void)
{
	h_wakes++;
}

void h_tick(void)
{
	h_clock.sec++;
}

/* how many of n bytes at addr lie before the fault window, or n if none does */
static size_t before_fault(uintptr_t addr, size_t n)
{
	if (h_fault_hi <= addr || h_fault_lo >= addr + n)
		return n;
	return h_fault_lo > addr ? h_fault_lo - addr : 0;
}

static long h_copy_out(const struct vfs_io *io, uintptr_t addr, const void *src, size_t n)
{
	size_t ok = before_fault(addr, n);

	memcpy((void *)addr, src, ok);
	return ok ? (long)ok : -LINUX_EFAULT;
}

static long h_copy_in(const struct vfs_io *io, uintptr_t addr, void *dst, size_t n)
{
	size_t ok = before_fault(addr, n);

	memcpy(dst, (const void *)addr, ok);
	return ok ? (long)ok : -LINUX_EFAULT;
}

const struct vfs_io_ops h_ops = { h_copy_out, h_copy_in };

struct vfs_proc *h_begin(void)
{
	struct vfs_proc *p = NULL;

	h_alloc_fail_after = h_page_fail_after = -1;
	h_fault_lo = h_fault_hi = 0;
	h_clock.sec = 1000000;
	h_clock.nsec = 0;
	if (vfs_init() || vfs_proc_new(&p))
		abort();
	return p;
}

long h_end(void)
{
	h_alloc_fail_after = h_page_fail_after = -1;
	h_fault_lo = h_fault_hi = 0;
	long err = vfs_check(NULL);
	vfs_fini();
	if (err)
		return err;
	return h_allocs || h_pages ? -9999 : 0;
}

static struct vfs_io io_of(const void *buf, size_t n)
{
	struct vfs_io io;

	vfs_io_buf(&io, &h_ops, NULL, (uintptr_t)buf, n);
	return io;
}

long h_open(struct vfs_proc *p, const char *path, uint32_t flags, uint32_t mode)
{
	return vfs_openat(p, LINUX_AT_FDCWD, path, flags, mode);
}

long h_read(struct vfs_proc *p, int fd, void *buf, size_t n)
{
	struct vfs_io io = io_of(buf, n);
	return vfs_read(p, fd, &io);
}

long h_write(struct vfs_proc *p, int fd, const void *buf, size_t n)
{
	struct vfs_io io = io_of(buf, n);
	return vfs_write(p, fd, &io);
}

long h_puts(struct vfs_proc *p, int fd, const char *s)
{
	return h_write(p, fd, s, strlen(s));
}

long h_pread(struct vfs_proc *p, int fd, void *buf, size_t n, int64_t pos)
{
	struct vfs_io io = io_of(buf, n);
	return vfs_pread64(p, fd, &io, pos);
}

long h_pwrite(struct vfs_proc *p, int fd, const void *buf, size_t n, int64_t pos)
{
	struct vfs_io io = io_of(buf, n);
	return vfs_pwrite64(p, fd, &io, pos);
}

long h_getdents(struct vfs_proc *p, int fd, void *buf, size_t n)
{
	struct vfs_io io = io_of(buf, n);
	return vfs_getdents64(p, fd, &io);
}

long h_readlink(struct vfs_proc *p, const char *path, char *buf, size_t n)
{
	struct vfs_io io = io_of(buf, n - 1);
	long r = vfs_readlinkat(p, LINUX_AT_FDCWD, path, &io);
	buf[r > 0 ? r : 0] = 0;
	return r;
}

long h_getcwd(struct vfs_proc *p, char *buf, size_t n)
{
	struct vfs_io io = io_of(buf, n);
	return vfs_getcwd(p, &io);
}

long h_ioctl(struct vfs_proc *p, int fd, uint32_t cmd, void *arg)
{
	struct vfs_io io = io_of(arg, 4096);
	return vfs_ioctl(p, fd, cmd, (uint32_t)(uintptr_t)arg, &io);
}

long h_stat(struct vfs_proc *p, const char *path, struct linux_stat64 *st)
{
	return vfs_fstatat(p, LINUX_AT_FDCWD, path, st, 0);
}

long h_lstat(struct vfs_proc *p, const char *path, struct linux_stat64 *st)
{
	return vfs_fstatat(p, LINUX_AT_FDCWD, path, st, LINUX_AT_SYMLINK_NOFOLLOW);
}

long h_lseek(struct vfs_proc *p, int fd, int64_t off, int whence)
{
	int64_t res;
	long err = vfs_llseek(p, fd, off, whence, &res);
	return err ? err : (long)res;
}

long h_mkfile(struct vfs_proc *p, const char *path, const char *content)
{
	long fd = h_open(p, path, LINUX_O_CREAT | LINUX_O_WRONLY | LINUX_O_TRUNC, 0644);
	if (fd < 0)
		return fd;
	long r = h_puts(p, (int)fd, content);
	vfs_close(p, (int)fd);
	return r < 0 ? r : 0;
}

long h_cat(struct vfs_proc *p, const char *path, char *buf, size_t n)
{
	long fd = h_open(p, path, LINUX_O_RDONLY, 0);
	if (fd < 0)
		return fd;
	long r = h_read(p, (int)fd, buf, n - 1);
	buf[r > 0 ? r : 0] = 0;
	vfs_close(p, (int)fd);
	return r;
}

long h_ls(struct vfs_proc *p, const char *path, char *out, size_t n)
{
	static char buf[8192];
	long fd = h_open(p, path, LINUX_O_RDONLY | LINUX_O_DIRECTORY, 0), r, count = 0;
	size_t used = 0;

	if (fd < 0)
		return fd;
	out[0] = 0;
	while ((r = h_getdents(p, (int)fd, buf, sizeof buf)) > 0) {
		for (long off = 0; off < r;) {
			struct linux_dirent64 *d = (struct linux_dirent64 *)(buf + off);
			if (used < n)
				used += (size_t)snprintf(out + used, n - used, "%s%s", count ? " " : "",
							 d->d_name);
			count++;
			off += d->d_reclen;
		}
	}
	vfs_close(p, (int)fd);
	return r < 0 ? r : count;
}

long h_mode(struct vfs_proc *p, const char *path, int nofollow)
{
	struct linux_stat64 st;
	long err = nofollow ? h_lstat(p, path, &st) : h_stat(p, path, &st);
	return err ? err : (long)st.st_mode;
}
