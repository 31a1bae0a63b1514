/*
 * lib/src/fmt.c against the host C library's snprintf: same output and
 * same return value for every supported conversion, and truncation.
 */
#include "unit.h"
#include <stdarg.h>
#include <stdint.h>

int persona_snprintf(char *buf, size_t size, const char *fmt, ...);

#define SAME(...) do { \
	char want[128], got[128]; \
	int rw = snprintf(want, sizeof want, __VA_ARGS__); \
	int rg = persona_snprintf(got, sizeof got, __VA_ARGS__); \
	CHECK_STR(got, want); CHECK_EQ(rg, rw); } while (0)

static void t_integers(void)
{
	SAME("%d %d %d", 0, -1, 2147483647);
	SAME("%d", (int)-2147483647 - 1);
	SAME("%u %x %X %o", 4294967295u, 0xdeadbeefu, 0xabcdefu, 0755u);
	SAME("%ld %lu %lx", -5L, 5UL, 0x1234UL);
	SAME("%lld %llu %llx", -9223372036854775807LL, 18446744073709551615ULL, 0x123456789abcdefULL);
	SAME("%zu", (size_t)12345);
	SAME("%i", 42);
}

static void t_width_and_flags(void)
{
	SAME("[%5d] [%-5d] [%05d] [%08x]", 42, 42, 42, 0xbeef);
	SAME("[%5d] [%05d]", -42, -42);
	SAME("[%3d]", 123456);
	SAME("[%-10s] [%10s]", "ab", "cd");
	SAME("[%.3s] [%5.2s]", "abcdef", "xyz");
	SAME("[%*d] [%-*d]", 6, 7, 6, 7);
	SAME("[%.*s]", 2, "hello");
	SAME("[%#x] [%#x] [%#X] [%#o] [%#o] [%#10x] [%-#8x]", 0x1f, 0, 0xab, 8, 0, 0x12, 0x34);
}

static void t_misc(void)
{
	SAME("%c%c%%", 'a', 'b');
	SAME("plain text");
	SAME("%s", "");
	char got[32];
	CHECK_EQ(persona_snprintf(got, sizeof got, "%p", (void *)0x1234), 6);
	CHECK_STR(got, "0x1234");
	CHECK_EQ(persona_snprintf(got, sizeof got, "%s", (char *)NULL), 6);
	CHECK_STR(got, "(null)");
}

static void t_truncation(void)
{
	char buf[8];
	memset(buf, 'x', sizeof buf);
	CHECK_EQ(persona_snprintf(buf, 5, "%s", "abcdefgh"), 8);
	CHECK_STR(buf, "abcd");
	CHECK_EQ(buf[5], 'x');                  /* nothing written past size */
	CHECK_EQ(persona_snprintf(buf, 0, "%d", 12345), 5);
	CHECK_EQ(buf[0], 'a');                  /* size 0 writes nothing */
	CHECK_EQ(persona_snprintf(buf, 1, "%d", 1), 1);
	CHECK_EQ(buf[0], 0);
}

static const struct unit_test tests[] = {
	{ "integers", t_integers },
	{ "width_and_flags", t_width_and_flags },
	{ "misc_conversions", t_misc },
	{ "truncation", t_truncation },
};

UNIT_MAIN("fmt", tests)
