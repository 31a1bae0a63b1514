/*
 * fs0/vfs poll: what vfs_poll reports for tmpfs files and directories and
 * the memory devices (the values qemu-arm's Linux gives), a device's own
 * poll, bad and O_PATH descriptors (POLLNVAL), and the events filter
 * (POLLERR and POLLHUP always pass).
 */
#include "unit.h"
#include "vfs_harness.h"
#include <linux_abi/poll.h>

#define O(x) LINUX_O_##x
#define P(x) LINUX_POLL##x
#define ALL 0xffffu
#define DEFAULT (P(IN) | P(OUT) | P(RDNORM) | P(WRNORM))

static struct vfs_proc *p;
static uint32_t dev_mask;

static uint32_t t_poll(struct vfs_file *f)
{
	return dev_mask;
}

static const struct vfs_dev_ops polled_ops = { .poll = t_poll };

static void t_files_and_memory_devices(void)
{
	p = h_begin();
	vfs_populate_dev();
	h_mkfile(p, "/f", "");
	long f = h_open(p, "/f", O(RDWR), 0), d = h_open(p, "/", O(RDONLY), 0);
	long null = h_open(p, "/dev/null", O(RDWR), 0), zero = h_open(p, "/dev/zero", O(RDONLY), 0);
	long full = h_open(p, "/dev/full", O(WRONLY), 0), ur = h_open(p, "/dev/urandom", O(RDONLY), 0);
	long rnd = h_open(p, "/dev/random", O(RDWR), 0);
	CHECK_EQ(vfs_poll(p, (int)f, ALL), DEFAULT);
	CHECK_EQ(vfs_poll(p, (int)d, ALL), DEFAULT);
	CHECK_EQ(vfs_poll(p, (int)null, ALL), DEFAULT);
	CHECK_EQ(vfs_poll(p, (int)zero, ALL), DEFAULT);
	CHECK_EQ(vfs_poll(p, (int)full, ALL), DEFAULT);
	CHECK_EQ(vfs_poll(p, (int)ur, ALL), DEFAULT);
	CHECK_EQ(vfs_poll(p, (int)rnd, ALL), P(IN) | P(RDNORM));
	CHECK_EQ(h_end(), 0);
}

static void t_bad_descriptors(void)
{
	p = h_begin();
	h_mkfile(p, "/f", "");
	long path = h_open(p, "/f", O(PATH), 0);
	CHECK_EQ(vfs_poll(p, (int)path, ALL), P(NVAL));
	CHECK_EQ(vfs_poll(p, 99, 0), P(NVAL));
	CHECK_EQ(vfs_poll(p, -1, ALL), P(NVAL));
	CHECK_EQ(h_end(), 0);
}

static void t_events_filter(void)
{
	p = h_begin();
	h_mkfile(p, "/f", "");
	CHECK_EQ(vfs_dev_register(200, 1, &polled_ops), 0);
	vfs_mknodat(p, LINUX_AT_FDCWD, "/dev0", LINUX_S_IFCHR | 0600, LINUX_NEW_ENCODE_DEV(200, 1));
	long f = h_open(p, "/f", O(RDONLY), 0), dev = h_open(p, "/dev0", O(RDWR), 0);
	CHECK_EQ(vfs_poll(p, (int)f, 0), 0);
	CHECK_EQ(vfs_poll(p, (int)f, P(IN)), P(IN));
	dev_mask = P(OUT) | P(ERR) | P(HUP) | P(PRI);
	CHECK_EQ(vfs_poll(p, (int)dev, P(IN)), P(ERR) | P(HUP));
	CHECK_EQ(vfs_poll(p, (int)dev, P(OUT) | P(PRI)), dev_mask);
	dev_mask = 0;
	CHECK_EQ(vfs_poll(p, (int)dev, ALL), 0);
	CHECK_EQ(h_end(), 0);
}

static const struct unit_test tests[] = {
	{ "files_and_memory_devices", t_files_and_memory_devices },
	{ "bad_descriptors", t_bad_descriptors },
	{ "events_filter", t_events_filter },
};

UNIT_MAIN("vfs_poll", tests)
