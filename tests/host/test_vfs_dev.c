/*
 * fs0/vfs devices: /dev population, the memory devices, a registered
 * device (open/release, VFS_PENDING, O_NONBLOCK, ioctl pass-through,
 * no llseek), FIFO ops, ioctl's generic requests, fsync/fdatasync, and
 * descriptions kept alive by vfs_file_hold.
 */
#include "unit.h"
#include "vfs_harness.h"
#include <linux_abi/ioctl.h>

#define E(x) (-LINUX_##x)
#define O(x) LINUX_O_##x
#define CWD LINUX_AT_FDCWD

static struct vfs_proc *p;

static void t_populate(void)
{
	struct linux_stat64 st;
	p = h_begin();
	CHECK_EQ(vfs_populate_dev(), 0);
	CHECK_EQ(vfs_populate_dev(), 0);
	CHECK_EQ(h_stat(p, "/dev/null", &st), 0);
	CHECK_EQ(st.st_mode, LINUX_S_IFCHR | 0666);
	CHECK_EQ(st.st_rdev, LINUX_NEW_ENCODE_DEV(1, 3));
	CHECK_EQ(h_stat(p, "/dev/console", &st), 0);
	CHECK_EQ(st.st_mode, LINUX_S_IFCHR | 0600);
	CHECK_EQ(st.st_rdev, LINUX_NEW_ENCODE_DEV(5, 1));
	CHECK_EQ(h_stat(p, "/dev/tty", &st), 0);
	CHECK_EQ(st.st_rdev, LINUX_NEW_ENCODE_DEV(5, 0));
	CHECK_EQ(h_mode(p, "/dev/urandom", 0), LINUX_S_IFCHR | 0666);
	CHECK_EQ(h_mode(p, "/dev", 0), LINUX_S_IFDIR | 0755);
	/* no tty driver yet */
	CHECK_EQ(h_open(p, "/dev/tty", O(RDWR), 0), E(ENXIO));
	CHECK_EQ(h_end(), 0);
}

static void t_mem_devices(void)
{
	char buf[600];
	p = h_begin();
	vfs_populate_dev();
	long null = h_open(p, "/dev/null", O(RDWR), 0), zero = h_open(p, "/dev/zero", O(RDWR), 0);
	long full = h_open(p, "/dev/full", O(RDWR), 0), ur = h_open(p, "/dev/urandom", O(RDONLY), 0);
	long rnd = h_open(p, "/dev/random", O(RDONLY), 0);
	CHECK(null >= 0 && zero >= 0 && full >= 0 && ur >= 0 && rnd >= 0);
	CHECK_EQ(h_read(p, (int)null, buf, 10), 0);
	CHECK_EQ(h_write(p, (int)null, buf, 10), 10);
	memset(buf, 'x', sizeof buf);
	CHECK_EQ(h_read(p, (int)zero, buf, sizeof buf), (long)sizeof buf);
	CHECK(buf[0] == 0 && buf[599] == 0);
	CHECK_EQ(h_write(p, (int)zero, buf, 3), 3);
	memset(buf, 'x', sizeof buf);
	CHECK_EQ(h_read(p, (int)full, buf, 7), 7);
	CHECK_EQ(buf[6], 0);
	CHECK_EQ(h_write(p, (int)full, buf, 3), E(ENOSPC));
	memset(buf, 0, sizeof buf);
	CHECK_EQ(h_read(p, (int)ur, buf, 300), 300);
	CHECK(buf[0] != 0 && buf[299] != 0 && buf[0] != buf[1]);
	CHECK_EQ(h_read(p, (int)rnd, buf, 4), 4);
	CHECK_EQ(h_pread(p, (int)zero, buf, 4, 12345), 4);
	CHECK_EQ(h_lseek(p, (int)null, 100, LINUX_SEEK_SET), 0);
	CHECK_EQ(h_lseek(p, (int)zero, -5, LINUX_SEEK_END), 0);
	CHECK_EQ(h_lseek(p, (int)ur, 100, LINUX_SEEK_SET), 0);
	/* a fault part way through a read of /dev/zero */
	h_fault_lo = (uintptr_t)buf + 100;
	h_fault_hi = (uintptr_t)buf + sizeof buf;
	CHECK_EQ(h_read(p, (int)zero, buf, 300), 100);
	h_fault_lo = (uintptr_t)buf;
	CHECK_EQ(h_read(p, (int)zero, buf, 300), E(EFAULT));
	CHECK_EQ(h_read(p, (int)ur, buf, 300), E(EFAULT));
	CHECK_EQ(h_end(), 0);
}

/* a test device: reads are pending until `ready`, then give "tty" */
static int ready, opens, releases;
static uint32_t last_cmd;

static long t_open_dev(struct vfs_file *f)
{
	uint32_t major, minor;
	vfs_file_rdev(f, &major, &minor);
	if (minor == 9)
		return E(EBUSY);
	opens++;
	f->priv = &opens;
	return 0;
}

static void t_release(struct vfs_file *f)
{
	if (f->priv == &opens)
		releases++;
}

static long t_read(struct vfs_file *f, const struct vfs_io *io, size_t n, int64_t *pos)
{
	if (!ready)
		return VFS_PENDING;
	return vfs_io_copy_out(io, 0, "tty", n < 3 ? n : 3);
}

static long t_ioctl(struct vfs_file *f, uint32_t cmd, uint32_t arg, const struct vfs_io *mem)
{
	int32_t v = 42;
	last_cmd = cmd;
	if (cmd != LINUX_TIOCGPGRP)
		return E(ENOTTY);
	return vfs_io_copy_out(mem, 0, &v, sizeof v) == 4 ? 0 : E(EFAULT);
}

static const struct vfs_dev_ops test_ops = {
	.open = t_open_dev, .release = t_release, .read = t_read, .ioctl = t_ioctl,
};

static void t_registered_device(void)
{
	char buf[8] = { 0 };
	int32_t v = 0;
	p = h_begin();
	ready = opens = releases = 0;
	CHECK_EQ(vfs_dev_register(5, 1, &test_ops), 0);
	CHECK_EQ(vfs_dev_register(5, 1, &test_ops), E(EBUSY));
	CHECK_EQ(vfs_dev_register(5, 9, &test_ops), 0);
	vfs_populate_dev();
	vfs_mknodat(p, CWD, "/busy", LINUX_S_IFCHR | 0600, LINUX_NEW_ENCODE_DEV(5, 9));
	CHECK_EQ(h_open(p, "/busy", O(RDWR), 0), E(EBUSY));
	long fd = h_open(p, "/dev/console", O(RDWR), 0);
	CHECK(fd >= 0);
	CHECK_EQ(opens, 1);
	CHECK_EQ(h_read(p, (int)fd, buf, sizeof buf), VFS_PENDING);
	CHECK_EQ(h_write(p, (int)fd, buf, 1), E(EINVAL));
	/* a parked read holds the description; its retry goes through it */
	struct vfs_file *held = vfs_file_hold(p, (int)fd);
	struct vfs_io io;
	vfs_io_buf(&io, &h_ops, NULL, (uintptr_t)buf, sizeof buf);
	ready = 1;
	CHECK_EQ(vfs_file_read(held, &io), 3);
	CHECK_EQ(vfs_file_write(held, &io), E(EINVAL));
	vfs_file_release(held);
	ready = 0;
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_CUR), E(ESPIPE));
	CHECK_EQ(h_pread(p, (int)fd, buf, 1, 0), E(ESPIPE));
	CHECK_EQ(vfs_fcntl(p, (int)fd, LINUX_F_SETFL, O(NONBLOCK)), 0);
	CHECK_EQ(h_read(p, (int)fd, buf, sizeof buf), E(EAGAIN));
	ready = 1;
	CHECK_EQ(h_read(p, (int)fd, buf, sizeof buf), 3);
	CHECK_STR(buf, "tty");
	CHECK_EQ(h_ioctl(p, (int)fd, LINUX_TIOCGPGRP, &v), 0);
	CHECK_EQ(v, 42);
	CHECK_EQ(h_ioctl(p, (int)fd, LINUX_TCGETS, &v), E(ENOTTY));
	CHECK_EQ(last_cmd, LINUX_TCGETS);
	CHECK_EQ(vfs_fsync(p, (int)fd), E(EINVAL));
	long d = vfs_dup(p, (int)fd);
	CHECK_EQ(vfs_close(p, (int)fd), 0);
	CHECK_EQ(releases, 0);
	CHECK_EQ(vfs_close(p, (int)d), 0);
	CHECK_EQ(releases, 1);
	long o = h_open(p, "/dev/console", O(PATH), 0);
	CHECK(o >= 0);
	CHECK_EQ(opens, 1);
	CHECK_EQ(h_end(), 0);
}

static void t_registry_full(void)
{
	long err = 0;
	p = h_begin();
	for (uint32_t i = 0; i < VFS_MAX_DEVS - 5 && !err; i++)
		err = vfs_dev_register(200, i, &test_ops);
	CHECK_EQ(err, 0);
	CHECK_EQ(vfs_dev_register(201, 0, &test_ops), E(ENOSPC));
	CHECK_EQ(h_end(), 0);
}

static void t_fifo_ops(void)
{
	char buf[4];
	p = h_begin();
	ready = 1;
	vfs_mknodat(p, CWD, "/fifo", LINUX_S_IFIFO | 0644, 0);
	CHECK_EQ(h_open(p, "/fifo", O(RDONLY), 0), E(ENXIO));
	vfs_fifo_register(&test_ops);
	long fd = h_open(p, "/fifo", O(RDONLY), 0);
	CHECK(fd >= 0);
	CHECK_EQ(h_read(p, (int)fd, buf, 3), 3);
	CHECK_EQ(h_lseek(p, (int)fd, 0, LINUX_SEEK_SET), E(ESPIPE));
	CHECK_EQ(h_lseek(p, (int)fd, 0, 7), E(EINVAL));
	CHECK_EQ(h_end(), 0);
}

static void t_generic_ioctls(void)
{
	int32_t v;
	int64_t q;
	p = h_begin();
	h_mkfile(p, "/f", "0123456789");
	long fd = h_open(p, "/f", O(RDONLY), 0), d = h_open(p, "/", O(RDONLY), 0);
	CHECK_EQ(h_ioctl(p, (int)fd, LINUX_TCGETS, &v), E(ENOTTY));
	CHECK_EQ(h_ioctl(p, (int)d, LINUX_TCGETS, &v), E(ENOTTY));
	CHECK_EQ(h_ioctl(p, 44, LINUX_TCGETS, &v), E(EBADF));
	h_lseek(p, (int)fd, 4, LINUX_SEEK_SET);
	CHECK_EQ(h_ioctl(p, (int)fd, LINUX_FIONREAD, &v), 0);
	CHECK_EQ(v, 6);
	CHECK_EQ(h_ioctl(p, (int)fd, LINUX_FIOQSIZE, &q), 0);
	CHECK_EQ(q, 4096);
	CHECK_EQ(h_ioctl(p, (int)fd, LINUX_FIOCLEX, NULL), 0);
	CHECK_EQ(vfs_fcntl(p, (int)fd, LINUX_F_GETFD, 0), LINUX_FD_CLOEXEC);
	CHECK_EQ(h_ioctl(p, (int)fd, LINUX_FIONCLEX, NULL), 0);
	CHECK_EQ(vfs_fcntl(p, (int)fd, LINUX_F_GETFD, 0), 0);
	v = 1;
	CHECK_EQ(h_ioctl(p, (int)fd, LINUX_FIONBIO, &v), 0);
	CHECK_EQ(vfs_fcntl(p, (int)fd, LINUX_F_GETFL, 0), O(NONBLOCK));
	v = 0;
	CHECK_EQ(h_ioctl(p, (int)fd, LINUX_FIONBIO, &v), 0);
	CHECK_EQ(vfs_fcntl(p, (int)fd, LINUX_F_GETFL, 0), 0);
	h_fault_lo = (uintptr_t)&v;
	h_fault_hi = (uintptr_t)&v + 1;
	CHECK_EQ(h_ioctl(p, (int)fd, LINUX_FIONBIO, &v), E(EFAULT));
	CHECK_EQ(h_end(), 0);
}

static void t_fsync(void)
{
	p = h_begin();
	vfs_populate_dev();
	h_mkfile(p, "/f", "");
	long fd = h_open(p, "/f", O(RDONLY), 0), d = h_open(p, "/", O(RDONLY), 0);
	long n = h_open(p, "/dev/null", O(RDONLY), 0);
	CHECK_EQ(vfs_fsync(p, (int)fd), 0);
	CHECK_EQ(vfs_fdatasync(p, (int)fd), 0);
	CHECK_EQ(vfs_fsync(p, (int)d), 0);
	CHECK_EQ(vfs_fsync(p, (int)n), E(EINVAL));
	CHECK_EQ(vfs_fdatasync(p, (int)n), E(EINVAL));
	CHECK_EQ(vfs_fsync(p, 30), E(EBADF));
	CHECK_EQ(h_end(), 0);
}

static void t_file_hold(void)
{
	struct vfs_stats s;
	char buf[4];
	p = h_begin();
	h_mkfile(p, "/f", "abc");
	long fd = h_open(p, "/f", O(RDONLY), 0);
	CHECK_EQ(vfs_file_hold(p, 9), NULL);
	struct vfs_file *f = vfs_file_hold(p, (int)fd);
	CHECK(f != NULL);
	CHECK_EQ(vfs_close(p, (int)fd), 0);
	CHECK_EQ(vfs_unlinkat(p, CWD, "/f", 0), 0);
	CHECK_EQ(vfs_check(&s), 0);
	CHECK_EQ(s.files, 1);
	CHECK_EQ(s.fd_refs, 0);
	CHECK_EQ(s.pages, 1);
	CHECK_EQ(h_read(p, (int)fd, buf, 3), E(EBADF));
	vfs_file_release(f);
	CHECK_EQ(vfs_check(&s), 0);
	CHECK_EQ(s.files, 0);
	CHECK_EQ(s.pages, 0);
	CHECK_EQ(h_end(), 0);
}

static const struct unit_test tests[] = {
	{ "populate", t_populate },
	{ "mem_devices", t_mem_devices },
	{ "registered_device", t_registered_device },
	{ "registry_full", t_registry_full },
	{ "fifo_ops", t_fifo_ops },
	{ "generic_ioctls", t_generic_ioctls },
	{ "fsync", t_fsync },
	{ "file_hold", t_file_hold },
};

UNIT_MAIN("vfs_dev", tests)
