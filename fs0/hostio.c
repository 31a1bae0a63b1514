/*
 * Host files as devices, for tools/persona-run: /dev/hostin, /dev/hostout
 * and /dev/hosterr are the files "stdin", "stdout" and "stderr" in QEMU's
 * working directory, reached through semihosting (SYS_HOST_*; the data
 * passes through fs0's UTCB buffer). They are not terminals: ioctl gives
 * ENOTTY, as for a redirected stdin/stdout on Linux.
 */
#include "fs0.h"

#define HOST_MAJOR      240             /* "local/experimental use" in Linux's devices.txt */
#define HOST_NDEVS      3

static const char *const host_names[HOST_NDEVS] = { "stdin", "stdout", "stderr" };
static const char *const dev_names[HOST_NDEVS] = { "/dev/hostin", "/dev/hostout", "/dev/hosterr" };
static long handles[HOST_NDEVS] = { -1, -1, -1 };
static int in_use;                      /* console=host: the first process gets these */

static long host_file(const struct vfs_file *f)
{
	uint32_t major, minor;

	vfs_file_rdev(f, &major, &minor);
	return minor < HOST_NDEVS ? handles[minor] : -1;
}

static long host_read(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	long h = host_file(f);
	size_t done = 0;

	if (h < 0)
		return -LINUX_EIO;
	while (done < n) {
		u32 chunk = n - done < UTCB_BUF_BYTES ? (u32)(n - done) : UTCB_BUF_BYTES;
		long r = native_call(NR_SYSTEM, SYS_HOST_READ, (u32)h, chunk, 0, 0, 0, 0);
		if (r < 0)
			return done ? (long)done : -LINUX_EIO;
		if (!r)
			break;
		long c = vfs_io_copy_out(io, done, utcb()->buf, (size_t)r);
		if (c <= 0)
			return done ? (long)done : c;
		done += (size_t)c;
		if ((u32)r < chunk)
			break;
	}
	return (long)done;
}

static long host_write(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	long h = host_file(f);
	size_t done = 0;

	if (h < 0)
		return -LINUX_EIO;
	while (done < n) {
		u32 chunk = n - done < UTCB_BUF_BYTES ? (u32)(n - done) : UTCB_BUF_BYTES;
		long c = vfs_io_copy_in(io, done, utcb()->buf, chunk);
		if (c <= 0)
			return done ? (long)done : c;
		if (native_call(NR_SYSTEM, SYS_HOST_WRITE, (u32)h, (u32)c, 0, 0, 0, 0) != c)
			return done ? (long)done : -LINUX_EIO;
		done += (size_t)c;
		if ((u32)c < chunk)
			break;
	}
	return (long)done;
}

static const struct vfs_dev_ops host_ops = { .read = host_read, .write = host_write };

static long host_open(const char *name, u32 mode)
{
	u32 len = strlen(name);

	memcpy(utcb()->buf, name, len + 1);
	return native_call(NR_SYSTEM, SYS_HOST_OPEN, mode, len, 0, 0, 0, 0);
}

long hostio_init(void)
{
	for (u32 i = 0; i < HOST_NDEVS; i++) {
		handles[i] = host_open(host_names[i], i ? HOST_WRITE : HOST_READ);
		if (handles[i] < 0)
			return handles[i];
		long err = vfs_dev_register(HOST_MAJOR, i, &host_ops);
		if (err < 0)
			return err;
		err = vfs_mknodat(fs0_self, LINUX_AT_FDCWD, dev_names[i], LINUX_S_IFCHR | 0600,
				  (HOST_MAJOR << 8) | i);
		if (err < 0)
			return err;
	}
	in_use = 1;
	return 0;
}

const char *hostio_path(int fd)
{
	return in_use && fd >= 0 && fd < HOST_NDEVS ? dev_names[fd] : NULL;
}
