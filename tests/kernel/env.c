/*
 * Test environment: child spaces that share ktest's image, threads with
 * stacks from a static pool, sleeping on the kernel's alarm, and cleanup.
 */
#include "ktest.h"

extern char __image_start[], __text_end[], __image_end[];

struct kt_thread_arg {
	void (*fn)(u32);
	u32 arg;
	u32 tid;
};

static struct kt_thread_arg targs[KT_MAX_THREADS];
static u8 stacks[KT_MAX_THREADS][KT_STACK_BYTES] __attribute__((aligned(8)));
static u32 threads_made[KT_MAX_THREADS];
static u32 spaces_made[KT_MAX_THREADS];
static u8 scratch[KT_PAGES][4096] __attribute__((aligned(4096)));

u32 kt_self;
u32 kt_ticks_per_us;
volatile u32 kt_notified;

u8 *kt_page(unsigned i)
{
	return scratch[i % KT_PAGES];
}

long kt_space(u32 caps)
{
	long s = space_create(caps);

	if (s < 0)
		return s;
	u32 text = (u32)__image_start, data = (u32)__text_end, end = (u32)__image_end;
	long err = map((u32)s, text, text, (data - text) / 4096, MAP_R | MAP_X | MAP_FROM_VA);
	if (!err)
		err = map((u32)s, data, data, (end - data) / 4096, MAP_R | MAP_W | MAP_FROM_VA);
	if (err < 0) {
		space_destroy((u32)s);
		return err;
	}
	for (int i = 0; i < KT_MAX_THREADS; i++) {
		if (!spaces_made[i]) {
			spaces_made[i] = (u32)s;
			return s;
		}
	}
	space_destroy((u32)s);
	return -ENOMEM;
}

static void trampoline(struct kt_thread_arg *a)
{
	struct msg m;

	a->fn(a->arg);
	for (;;)
		ipc_recv(a->tid, &m);   /* from itself: never comes */
}

static int free_slot(void)
{
	for (int i = 0; i < KT_MAX_THREADS; i++)
		if (!threads_made[i] || thread_state(threads_made[i]) == -ESRCH)
			return i;   /* never used, or destroyed by the test itself */
	return -1;
}

long kt_thread_created(u32 space, u32 prio, u32 flags, u32 pager, u32 handler, u32 *stack_top)
{
	int slot = free_slot();

	if (slot < 0)
		return -ENOMEM;
	u32 utcb_va = (flags & TF_LINUX) ? 0 : KT_UTCB_BASE + (u32)slot * 4096;
	long tid = thread_create(space, utcb_va, prio, flags, pager, handler);
	if (tid < 0)
		return tid;
	threads_made[slot] = (u32)tid;
	targs[slot].tid = (u32)tid;
	*stack_top = (u32)&stacks[slot][KT_STACK_BYTES];
	return tid;
}

long kt_thread(u32 space, void (*fn)(u32), u32 arg, u32 prio, u32 flags, u32 pager, u32 handler)
{
	u32 sp;
	long tid = kt_thread_created(space, prio, flags, pager, handler, &sp);

	if (tid < 0)
		return tid;
	for (int i = 0; i < KT_MAX_THREADS; i++) {
		if (targs[i].tid == (u32)tid) {
			targs[i].fn = fn;
			targs[i].arg = arg;
			long err = thread_start((u32)tid, (u32)trampoline, sp, (u32)&targs[i]);
			return err < 0 ? err : tid;
		}
	}
	return -ESRCH;
}

void kt_cleanup(void)
{
	for (int i = 0; i < KT_MAX_THREADS; i++) {
		if (threads_made[i])
			thread_destroy(threads_made[i]);
		threads_made[i] = 0;
		targs[i].tid = 0;
	}
	for (int i = 0; i < KT_MAX_THREADS; i++) {
		if (spaces_made[i])
			space_destroy(spaces_made[i]);
		spaces_made[i] = 0;
	}
	timer_alarm(0, 0);
	struct msg m;
	while (ipc_poll(TID_ANY, &m) >= 0)
		;               /* drop stray notifications */
	kt_notified = 0;
}

void kt_run_others(void)
{
	thread_set(kt_self, 1, ~0u, ~0u);
	yield();
	thread_set(kt_self, KT_PRIO, ~0u, ~0u);
}

u64 kt_now_us(void)
{
	return read_cntvct() / kt_ticks_per_us;
}

void kt_sleep_us(u32 us)
{
	struct msg m;

	timer_alarm(read_cntvct() + (u64)us * kt_ticks_per_us, KT_SLEEP_BIT);
	for (;;) {
		long r = ipc_recv(TID_ANY, &m);
		if (r == 0 && (m.tag & TAG_NOTIFY)) {
			kt_notified |= m.mr[0] & ~KT_SLEEP_BIT;
			if (m.mr[0] & KT_SLEEP_BIT)
				return;
		} else if (r > 0) {
			printf("# ktest: unexpected message from %ld while sleeping (label %x)\n", r,
			       TAG_LABEL(m.tag));
		}
	}
}

int kt_wait_eq(volatile u32 *p, u32 value, u32 timeout_ms)
{
	for (u32 i = 0; i <= timeout_ms; i++) {
		if (*p == value)
			return 1;
		kt_sleep_us(1000);
	}
	return *p == value;
}

int kt_wait_state(u32 tid, long state, u32 timeout_ms)
{
	for (u32 i = 0; i <= timeout_ms; i++) {
		if (thread_state(tid) == state)
			return 1;
		kt_sleep_us(1000);
	}
	return thread_state(tid) == state;
}

long kt_recv_msg(struct msg *m)
{
	for (;;) {
		long r = ipc_recv(TID_ANY, m);
		if (r != 0 || !(m->tag & TAG_NOTIFY))
			return r;
		kt_notified |= m->mr[0];
	}
}
