/*
 * lib/src/arch/arm/mem.S (assembled as persona_memcpy/persona_memset)
 * against newlib's memcpy and memset, for every source and destination
 * alignment and every length up to 160, plus large copies; run under
 * qemu-arm by tools/run-tests with the host tests.
 */
#include "unit.h"
#include <stdint.h>
#include <stdlib.h>

void *persona_memcpy(void *d, const void *s, size_t n);
void *persona_memset(void *d, int c, size_t n);

static unsigned char src[512], want[512], got[512];

static void fill(void)
{
	for (int i = 0; i < 512; i++)
		src[i] = (unsigned char)(i * 13 + 7);
	memset(want, 0xee, sizeof want);
	memset(got, 0xee, sizeof got);
}

static void t_memcpy_alignments(void)
{
	for (int so = 0; so < 8; so++)
		for (int d = 0; d < 8; d++)
			for (size_t n = 0; n <= 160; n++) {
				fill();
				memcpy(want + d, src + so, n);
				void *r = persona_memcpy(got + d, src + so, n);
				CHECK(r == got + d);
				CHECK(!memcmp(want, got, sizeof want));
			}
}

static void t_memset_alignments(void)
{
	for (int d = 0; d < 8; d++)
		for (size_t n = 0; n <= 160; n++) {
			fill();
			memset(want + d, 0x80 + (int)n, n);
			void *r = persona_memset(got + d, 0x80 + (int)n, n);
			CHECK(r == got + d);
			CHECK(!memcmp(want, got, sizeof want));
		}
}

static void t_large(void)
{
	size_t n = 1 << 20;
	unsigned char *a = malloc(n + 8), *b = malloc(n + 8);
	CHECK(a && b);
	if (!a || !b)
		return;
	for (size_t i = 0; i < n + 8; i++)
		a[i] = (unsigned char)(i * 31);
	persona_memcpy(b + 3, a + 1, n);
	CHECK(!memcmp(b + 3, a + 1, n));
	persona_memset(b, 0x11, n + 8);
	CHECK(b[0] == 0x11 && b[n + 7] == 0x11 && b[n / 2] == 0x11);
	free(a);
	free(b);
}

static const struct unit_test tests[] = {
	{ "memcpy_alignments", t_memcpy_alignments },
	{ "memset_alignments", t_memset_alignments },
	{ "large_and_misaligned", t_large },
};

UNIT_MAIN("arm_mem", tests)
