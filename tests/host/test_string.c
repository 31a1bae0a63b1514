/*
 * lib/src/string.c against the host C library, over every alignment and
 * length combination up to 64 bytes, plus strlcpy's contract.
 */
#include "unit.h"
#include <stdint.h>

void *persona_memcpy(void *d, const void *s, size_t n);
void *persona_memmove(void *d, const void *s, size_t n);
void *persona_memset(void *d, int c, size_t n);
int persona_memcmp(const void *a, const void *b, size_t n);
size_t persona_strlen(const char *s);
int persona_strcmp(const char *a, const char *b);
int persona_strncmp(const char *a, const char *b, size_t n);
char *persona_strchr(const char *s, int c);
size_t persona_strlcpy(char *d, const char *s, size_t n);

static unsigned char src[160], dst1[160], dst2[160];

static void fill(void)
{
	for (int i = 0; i < 160; i++)
		src[i] = (unsigned char)(i * 7 + 3);
	memset(dst1, 0xee, sizeof dst1);
	memset(dst2, 0xee, sizeof dst2);
}

static int sgn(int x)
{
	return (x > 0) - (x < 0);
}

static void t_memcpy_memset(void)
{
	for (int so = 0; so < 4; so++)
		for (int d = 0; d < 4; d++)
			for (size_t n = 0; n <= 64; n++) {
				fill();
				memcpy(dst1 + d, src + so, n);
				persona_memcpy(dst2 + d, src + so, n);
				CHECK(!memcmp(dst1, dst2, sizeof dst1));
				fill();
				memset(dst1 + d, so * 50, n);
				persona_memset(dst2 + d, so * 50, n);
				CHECK(!memcmp(dst1, dst2, sizeof dst1));
			}
}

static void t_memmove_overlap(void)
{
	for (int off = -8; off <= 8; off++)
		for (size_t n = 0; n <= 64; n++) {
			fill();
			memcpy(dst1, src, sizeof dst1);
			memcpy(dst2, src, sizeof dst2);
			memmove(dst1 + 40 + off, dst1 + 40, n);
			persona_memmove(dst2 + 40 + off, dst2 + 40, n);
			CHECK(!memcmp(dst1, dst2, sizeof dst1));
		}
}

static void t_compare(void)
{
	const char *words[] = { "", "a", "ab", "abc", "abd", "b", "\xff", "ab\xff" };
	for (unsigned i = 0; i < 8; i++)
		for (unsigned j = 0; j < 8; j++) {
			CHECK_EQ(sgn(persona_strcmp(words[i], words[j])), sgn(strcmp(words[i], words[j])));
			CHECK_EQ(sgn(persona_strncmp(words[i], words[j], 2)), sgn(strncmp(words[i], words[j], 2)));
			size_t n = strlen(words[i]) < strlen(words[j]) ? strlen(words[i]) : strlen(words[j]);
			CHECK_EQ(sgn(persona_memcmp(words[i], words[j], n + 1)), sgn(memcmp(words[i], words[j], n + 1)));
		}
	CHECK_EQ(persona_strlen("hello"), 5);
	CHECK(persona_strchr("hello", 'l') == strchr("hello", 'l'));
	const char *s = "hello";
	CHECK(persona_strchr(s, 0) == s + 5);
	CHECK(persona_strchr(s, 'z') == NULL);
}

static void t_strlcpy(void)
{
	char buf[6];
	memset(buf, 'x', sizeof buf);
	CHECK_EQ(persona_strlcpy(buf, "hello world", 6), 11);
	CHECK_STR(buf, "hello");
	CHECK_EQ(persona_strlcpy(buf, "hi", 6), 2);
	CHECK_STR(buf, "hi");
	buf[0] = 'q';
	CHECK_EQ(persona_strlcpy(buf, "abc", 0), 3);
	CHECK_EQ(buf[0], 'q');
}

static const struct unit_test tests[] = {
	{ "memcpy_memset_alignments", t_memcpy_memset },
	{ "memmove_overlap", t_memmove_overlap },
	{ "compare", t_compare },
	{ "strlcpy", t_strlcpy },
};

UNIT_MAIN("string", tests)
