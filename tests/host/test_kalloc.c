/*
 * kernel/src/kalloc.c on the host: aligned page runs, exhaustion returns
 * NULL (never a panic), caches reuse objects and count them, freed memory
 * is poisoned, and a double free is caught as a broken invariant.
 */
#include "unit.h"
#include <kernel/kalloc.h>
#include <arch/mmu.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <stdint.h>

unsigned char *host_pool;
static jmp_buf panic_jump;
static int panicked, panic_armed;

void panic(const char *fmt, ...)
{
	va_list ap;

	panicked = 1;
	if (panic_armed)
		longjmp(panic_jump, 1);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	abort();
}

void printk(const char *fmt, ...)
{
	(void)fmt;
}

#define POOL_PAGES 16

static void reset(void)
{
	free(host_pool);
	host_pool = aligned_alloc(4096, POOL_PAGES * 4096);
	memset(host_pool, 0x77, POOL_PAGES * 4096);
	kalloc_init(HOST_POOL_PA, POOL_PAGES * 4096);
}

static void t_pages_aligned_and_zeroed(void)
{
	reset();
	unsigned char *a = kpage_alloc(1, 1);
	unsigned char *b = kpage_alloc(2, 2);
	CHECK(a && b);
	CHECK_EQ((virt_to_phys(b) - HOST_POOL_PA) % 8192, 0);
	CHECK_EQ(a[0], 0);
	CHECK_EQ(b[8191], 0);
	CHECK_EQ(kpool_free_bytes(), (POOL_PAGES - 3) * 4096);
	CHECK(kpool_contains(virt_to_phys(a)));
	CHECK(!kpool_contains(HOST_POOL_PA + POOL_PAGES * 4096));
}

static void t_exhaustion_returns_null(void)
{
	reset();
	int n = 0;
	while (kpage_alloc(1, 1))
		n++;
	CHECK_EQ(n, POOL_PAGES);
	CHECK(kpage_alloc(1, 1) == NULL);
	CHECK_EQ(kpool_free_bytes(), 0);
	CHECK(!panicked);
}

static void t_free_poisons_and_reuses(void)
{
	reset();
	unsigned char *a = kpage_alloc(4, 4);
	kpage_free(a, 4);
	CHECK_EQ(a[100], 0xa5);
	CHECK_EQ(kpool_free_bytes(), POOL_PAGES * 4096);
	CHECK(kpage_alloc(4, 4) == a);
}

static void t_cache(void)
{
	reset();
	struct kcache c = KCACHE_INIT("test", 1024);
	void *objs[8];
	for (int i = 0; i < 8; i++)
		objs[i] = kcache_alloc(&c);
	CHECK_EQ(c.live, 8);
	CHECK_EQ(c.pages, 2);
	for (int i = 0; i < 8; i++)
		for (int j = i + 1; j < 8; j++)
			CHECK(objs[i] != objs[j]);
	kcache_free(&c, objs[3]);
	CHECK_EQ(c.live, 7);
	CHECK(kcache_alloc(&c) == objs[3]);     /* reused, and zeroed again */
	CHECK_EQ(((unsigned char *)objs[3])[500], 0);
}

static void t_double_free_is_caught(void)
{
	reset();
	void *a = kpage_alloc(1, 1);
	kpage_free(a, 1);
	panicked = 0;
	panic_armed = 1;
	if (!setjmp(panic_jump))
		kpage_free(a, 1);
	panic_armed = 0;
	CHECK(panicked);
}

static const struct unit_test tests[] = {
	{ "pages_aligned_and_zeroed", t_pages_aligned_and_zeroed },
	{ "exhaustion_returns_null", t_exhaustion_returns_null },
	{ "free_poisons_and_reuses", t_free_poisons_and_reuses },
	{ "object_cache", t_cache },
	{ "double_free_is_caught", t_double_free_is_caught },
};

UNIT_MAIN("kalloc", tests)
