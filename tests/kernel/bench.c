/*
 * In-guest benchmarks (`ktest=bench` on the command line, run by
 * `make bench` under -icount shift=0, where one guest nanosecond is one
 * instruction): the IPC round trip (call + reply-and-wait between two
 * spaces), the page-fault round trip (fault -> pager -> map -> retry) and
 * a null kernel entry (yield with nothing else to run).
 * Output lines: "bench <name> <instructions per operation>".
 */
#include "ktest.h"

#define IPC_ROUNDS      20000u
#define FAULT_PAGES     2000u
#define NULL_ROUNDS     20000u
#define FAULT_BASE      0x30000000u

/* Guest nanoseconds (= instructions under icount) per operation. */
static u32 ns_per_op(u64 ticks, u32 ops)
{
	u64 ns = ticks * 1000000000ull / read_cntfrq();

	return (u32)((ns + ops / 2) / ops);
}

static void echo(u32 unused)
{
	struct msg m;
	long from = ipc_recv(TID_ANY, &m);

	for (;;)
		from = ipc_reply_wait((u32)from, &m);
}

static u32 bench_ipc(void)
{
	long srv = kt_thread((u32)kt_space(CAP_NATIVE), echo, 0, KT_PRIO, 0, TID_NONE, TID_NONE);
	struct msg m = { .tag = TAG(1, 1) };

	for (int i = 0; i < 100; i++)
		ipc_call((u32)srv, &m);
	u64 t0 = read_cntvct();
	for (u32 i = 0; i < IPC_ROUNDS; i++)
		ipc_call((u32)srv, &m);
	u64 t1 = read_cntvct();
	kt_cleanup();
	return ns_per_op(t1 - t0, IPC_ROUNDS);
}

static void toucher(u32 n)
{
	struct msg m = { .tag = TAG(2, 0) };

	for (u32 i = 0; i < n; i++)
		*(volatile u32 *)(FAULT_BASE + i * 4096) = i;
	ipc_send(kt_self, &m);
}

static u32 bench_faults(void)
{
	long s = kt_space(CAP_NATIVE);
	u32 page = (u32)kt_page(0), n = 0;
	struct msg m;

	u64 t0 = read_cntvct();
	long c = kt_thread((u32)s, toucher, FAULT_PAGES, KT_PRIO, 0, kt_self, TID_NONE);
	long from = ipc_recv(TID_ANY, &m);
	while (from == c && TAG_LABEL(m.tag) == LABEL_PAGE_FAULT) {
		map((u32)s, m.mr[0] & ~4095u, page, 1, MAP_R | MAP_W | MAP_FROM_VA);
		n++;
		m.tag = 0;
		from = ipc_reply_wait((u32)c, &m);
	}
	u64 t1 = read_cntvct();
	kt_cleanup();
	if (n != FAULT_PAGES)
		printf("# bench: expected %u faults, saw %u\n", FAULT_PAGES, n);
	return ns_per_op(t1 - t0, FAULT_PAGES);
}

static u32 bench_null(void)
{
	u64 t0 = read_cntvct();

	for (u32 i = 0; i < NULL_ROUNDS; i++)
		yield();
	return ns_per_op(read_cntvct() - t0, NULL_ROUNDS);
}

void bench_run(void)
{
	printf("bench ipc_roundtrip %u\n", bench_ipc());
	printf("bench pagefault_roundtrip %u\n", bench_faults());
	printf("bench null_syscall %u\n", bench_null());
}
