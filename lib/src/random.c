/*
 * xoshiro128** (Blackman and Vigna), state filled by SplitMix64.
 */
#include <random.h>
#include <string.h>

static uint32_t s[4] = { 1, 2, 3, 4 };

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

void random_seed(uint64_t seed)
{
	uint64_t a = splitmix64(&seed), b = splitmix64(&seed);

	s[0] = (uint32_t)a;
	s[1] = (uint32_t)(a >> 32);
	s[2] = (uint32_t)b;
	s[3] = (uint32_t)(b >> 32) | 1;
}

static uint32_t rotl(uint32_t x, int k)
{
	return (x << k) | (x >> (32 - k));
}

static uint32_t next(void)
{
	uint32_t result = rotl(s[1] * 5, 7) * 9, t = s[1] << 9;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 11);
	return result;
}

void random_stir(uint64_t entropy)
{
	uint64_t x = entropy ^ ((uint64_t)next() << 32 | next());

	random_seed(x);
}

void random_bytes(void *buf, size_t len)
{
	uint8_t *p = buf;

	while (len) {
		uint32_t v = next();
		size_t n = len < 4 ? len : 4;
		memcpy(p, &v, n);
		p += n;
		len -= n;
	}
}
