/*
 * fs0 main: get fs0's RAM from mm0, build the file tree (the initramfs
 * from the boot module "initrd", devfs), set up the console and, for
 * persona-run (`console=host`), the host-file devices; then serve: the
 * Linux calls mm0 forwards (replying to the process directly, or parking
 * the call until it can finish), mm0's own requests, and interrupts.
 */
#include "fs0.h"
#include <clock.h>
#include <random.h>
#include <cmdline.h>

#define RTC_VA          0x0f100000u
#define INITRD_VA       0x20000000u

u32 mm0_tid, mm0_space;
struct vfs_proc *fs0_self;
int trace_enabled;

static void fail(const char *what, long err)
{
	printf("fs0: %s: error %ld\n", what, err);
	poweroff(2);
}

/* Maps the boot module "initrd" read-only and unpacks it into the tree. */
static long unpack_initrd(void)
{
	const struct bootinfo *bi = (const struct bootinfo *)BOOTINFO_VA;

	for (u32 i = 0; i < bi->nmodules; i++) {
		const struct bootinfo_module *m = &bi->modules[i];
		if (strcmp(m->name, "initrd"))
			continue;
		u32 pages = (m->size_bytes + PAGE_SIZE - 1) / PAGE_SIZE;
		for (u32 done = 0; done < pages; done += 4096) {
			u32 n = pages - done < 4096 ? pages - done : 4096;
			long err = map(SPACE_SELF, INITRD_VA + done * PAGE_SIZE, m->base_paddr + done * PAGE_SIZE,
				       n, MAP_R);
			if (err < 0)
				return err;
		}
		return vfs_unpack_cpio((const void *)INITRD_VA, m->size_bytes);
	}
	return 0;
}

static void start(u32 mm0)
{
	const struct bootinfo *bi = (const struct bootinfo *)BOOTINFO_VA;
	struct msg m = { .tag = TAG(MM0_READY, 0) };
	long err;

	mm0_tid = mm0;
	mm0_space = bi->root_space;
	if (ipc_call(mm0, &m) < 0 || (err = mem_init(m.mr[1], m.mr[2])) < 0)
		fail("no memory from mm0", -ENOMEM);
	clock_init(RTC_VA);
	random_seed(read_cntvct() ^ (clock_realtime_ns() << 20) ^ 0x66733021u);
	trace_enabled = cmdline_get(bi->cmdline, "trace") != NULL;
	if ((err = vfs_init()) < 0 || (err = vfs_proc_new(&fs0_self)) < 0)
		fail("vfs", err);
	if ((err = unpack_initrd()) < 0)
		fail("initrd", err);
	if ((err = vfs_populate_dev()) < 0)
		fail("/dev", err);
	if ((err = uart_init()) < 0 || (err = console_init()) < 0)
		fail("console", err);
	pipe_init();
	const char *console = cmdline_get(bi->cmdline, "console");
	if (console && !strncmp(console, "host", 4) && (err = hostio_init()) < 0)
		fail("host files", err);
}

/* A forwarded Linux call from process fp; 1 if it is answered now. */
static int linux_request(struct fsproc *fp, struct msg *m)
{
	struct four {
		u32 w[4];
	} args4[2] = { { { m->mr[0], m->mr[1], m->mr[2], m->mr[3] } },
		       *(const struct four *)&utcb()->mr[4] };
	const u32 *args = args4[0].w;   /* r0..r7, moved four words at a time */
	call_ctx.fp = fp;               /* field by field: a struct assignment is a memset call */
	call_ctx.retry = 0;
	call_ctx.interrupted = 0;
	call_ctx.deadline = 0;
	call_ctx.start = 0;
	call_ctx.word = 0;
	fp->late.valid = 0;             /* a result it never took is of no use now */
	long r = linux_call(fp, args);
	if (__builtin_expect(r == VFS_PENDING || r == -LINUX_ERESTARTSYS, 0)) {
		r = pending_start(fp, args, r);
		if (r == CALL_PARKED)
			return 0;
	}
	if (unlikely_short_write(args, r)) {
		r = partial_write(fp, args, r);
		if (r == CALL_PARKED)
			return 0;
	}
	if (trace_enabled)
		trace_call(fp, args, r);
	m->tag = TAG(0, 1);
	m->mr[0] = (u32)r;
	return 1;
}

/*
 * Replies to `to` and waits for the next message: its sender (0 for
 * notifications). A reply that fails skips the receive (the kernel's
 * reply-and-wait): a process that stopped waiting keeps the result.
 */
static long reply_wait(u32 to, struct msg *m)
{
	u32 result = m->mr[0];
	long from = ipc_reply_wait(to, m);

	if (__builtin_expect(from < 0, 0)) {
		reply_failed(to, result, from);
		from = ipc_recv(TID_ANY, m);
	}
	return from;
}

int main(u32 mm0)
{
	struct msg m;

	start(mm0);
	long from = ipc_recv(TID_ANY, &m);
	for (;;) {
		int reply = 0;
		if (from == 0 && (m.tag & TAG_NOTIFY)) {
			if (m.mr[0] & NOTIFY_UART)
				uart_interrupt(console_input);
			if (m.mr[0] & NOTIFY_TIMER)
				pipes_changed = 1;      /* a timed wait may be over */
		} else if (from > 0 && TAG_LABEL(m.tag) == FS0_LINUX) {
			struct fsproc *fp = fsproc_by_tid((u32)from);
			reply = fp && linux_request(fp, &m);
		} else if (from == (long)mm0_tid) {
			mm0_request(&m);
			reply = 1;
		}
		if (pipes_changed) {
			if (reply) {            /* answer first: the caller is waiting on us */
				long err = ipc_reply((u32)from, &m);
				if (err < 0)
					reply_failed((u32)from, m.mr[0], err);
				reply = 0;
			}
			retry_pending();
		}
		from = reply ? reply_wait((u32)from, &m) : ipc_recv(TID_ANY, &m);
	}
}
