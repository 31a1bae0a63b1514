/*
 * ktest main: runs every test (or those named by `ktest.only=NAME` on the
 * kernel command line), one "ok"/"not ok" line each after a "1..N" plan,
 * checks that each test left no thread or space behind, and asks mm0 to
 * power off with status 0 only if everything passed. `ktest=bench` runs
 * the benchmarks instead.
 */
#include "ktest.h"
#include <cmdline.h>

static int current_failed;
static char fail_msg[160];

int kt_fail(int line, const char *what)
{
	snprintf(fail_msg, sizeof(fail_msg), "line %d: %s", line, what);
	current_failed = 1;
	return -1;
}

int kt_failv(int line, const char *what, long a, long b)
{
	snprintf(fail_msg, sizeof(fail_msg), "line %d: %s (got %ld / 0x%lx, want %ld / 0x%lx)", line,
		 what, a, (unsigned long)a, b, (unsigned long)b);
	current_failed = 1;
	return -1;
}

struct suite {
	const struct ktest *tests;
	const unsigned *count;
};

static const struct suite suites[] = {
	{ ipc_tests, &ipc_ntests },
	{ notify_tests, &notify_ntests },
	{ fault_tests, &fault_ntests },
	{ sched_tests, &sched_ntests },
	{ thread_tests, &thread_ntests },
	{ args_tests, &args_ntests },
	{ cpu_tests, &cpu_ntests },
	{ copy_tests, &copy_ntests },
};

/* 1 if test name is selected by the ktest.only list (comma separated). */
static int selected(const char *only, const char *name)
{
	size_t n = strlen(name);

	if (!only)
		return 1;
	for (const char *p = only; *p && *p != ' ';) {
		if (!strncmp(p, name, n) && (p[n] == ',' || p[n] == ' ' || p[n] == 0))
			return 1;
		while (*p && *p != ',' && *p != ' ')
			p++;
		if (*p == ',')
			p++;
	}
	return 0;
}

static int run_one(unsigned number, const struct ktest *t)
{
	long threads = kinfo(KINFO_THREADS), spaces = kinfo(KINFO_SPACES);

	current_failed = 0;
	fail_msg[0] = 0;
	int r = t->fn();
	kt_cleanup();
	if (!r && !current_failed) {
		long t2 = kinfo(KINFO_THREADS), s2 = kinfo(KINFO_SPACES);
		if (t2 != threads || s2 != spaces)
			kt_failv(0, "threads/spaces left behind", t2 - threads, s2 - spaces);
	}
	if (r || current_failed) {
		printf("not ok %u - kernel/%s # %s\n", number, t->name, fail_msg);
		return 0;
	}
	printf("ok %u - kernel/%s\n", number, t->name);
	return 1;
}

static void shutdown(u32 mm0, u32 status)
{
	struct msg m = { .tag = TAG(MM0_SHUTDOWN, 1), .mr = { status } };

	ipc_call(mm0, &m);
}

int main(u32 mm0)
{
	const char *cmdline = ((const struct bootinfo *)BOOTINFO_VA)->cmdline;
	const char *only = cmdline_get(cmdline, "ktest.only");
	const char *mode = cmdline_get(cmdline, "ktest");
	unsigned planned = 0, number = 0, passed = 0;

	kt_self = utcb()->tid;
	kt_ticks_per_us = read_cntfrq() / 1000000u;
	if (mode && !strncmp(mode, "bench", 5)) {
		bench_run();
		shutdown(mm0, 0);
	}
	for (unsigned s = 0; s < sizeof(suites) / sizeof(suites[0]); s++)
		for (unsigned i = 0; i < *suites[s].count; i++)
			planned += selected(only, suites[s].tests[i].name);
	printf("1..%u\n", planned);
	for (unsigned s = 0; s < sizeof(suites) / sizeof(suites[0]); s++) {
		for (unsigned i = 0; i < *suites[s].count; i++) {
			if (!selected(only, suites[s].tests[i].name))
				continue;
			passed += run_one(++number, &suites[s].tests[i]);
		}
	}
	printf("# ktest: %u passed, %u failed\n", passed, number - passed);
	shutdown(mm0, passed == number ? 0 : 1);
	return 0;
}
