/*
 * malloc: newlib's allocator on the brk heap the glue's _sbrk grows: one
 * 32 MiB block touched end to end, 20000 small blocks of varied sizes
 * written, checked and freed, realloc keeping contents, calloc zeroing,
 * and memory that is reused after free.
 */
#include "lt.h"
#include <stdint.h>

#define SMALL 20000

int main(void)
{
	static unsigned char *small[SMALL];
	size_t big_len = 32u << 20, i;
	volatile size_t huge = 3u << 30;
	unsigned char *big = malloc(big_len), *r;
	uint32_t sum = 0;
	int ok = 1, n;

	EXPECT_TRUE("32 MiB block", big != NULL);
	if (big) {
		for (i = 0; i < big_len; i += 4096)
			big[i] = (unsigned char)(i >> 12);
		for (i = 0; i < big_len; i += 4096)
			sum += big[i];
		EXPECT_EQ("32 MiB block page sum", sum, 1044480);
		free(big);
	}
	for (n = 0; n < SMALL; n++) {
		size_t len = 1 + (n * 37) % 300;
		small[n] = malloc(len);
		if (!small[n]) {
			ok = 0;
			break;
		}
		memset(small[n], n & 0xff, len);
	}
	EXPECT_TRUE("20000 small blocks allocated", ok);
	for (n = 0; ok && n < SMALL; n++) {
		size_t len = 1 + (n * 37) % 300;
		if (small[n][0] != (n & 0xff) || small[n][len - 1] != (n & 0xff))
			ok = 0;
	}
	EXPECT_TRUE("small blocks keep their contents", ok);
	for (n = 0; n < SMALL; n += 2)
		free(small[n]);
	for (n = 0; n < SMALL; n += 2)
		small[n] = malloc(16);
	for (n = 0; n < SMALL; n++)
		free(small[n]);

	r = malloc(10);
	memcpy(r, "0123456789", 10);
	r = realloc(r, 100000);
	EXPECT_TRUE("realloc keeps contents", r && !memcmp(r, "0123456789", 10));
	free(r);
	r = calloc(1000, 100);
	ok = r != NULL;
	for (i = 0; ok && i < 100000; i++)
		ok = r[i] == 0;
	EXPECT_TRUE("calloc zeroes", ok);
	free(r);
	EXPECT_TRUE("malloc(0) then free", (free(malloc(0)), 1));
	errno = 0;
	EXPECT_TRUE("malloc(3 GiB) fails", malloc(huge) == NULL);
	EXPECT_STR("errno after failed malloc", errname(errno), "ENOMEM");
	return lt_done();
}
