/*
 * memcpy and memset in C: moving words when both pointers allow it. Used
 * on the host (unit tests); ARM builds use arch/arm/mem.S.
 */
#include <string.h>
#include <stdint.h>

void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if ((((uintptr_t)d | (uintptr_t)s) & 3) == 0) {
		uint32_t *dw = (uint32_t *)d;
		const uint32_t *sw = (const uint32_t *)s;
		for (; n >= 16; n -= 16) {
			uint32_t a = sw[0], b = sw[1], c = sw[2], e = sw[3];
			dw[0] = a; dw[1] = b; dw[2] = c; dw[3] = e;
			dw += 4; sw += 4;
		}
		for (; n >= 4; n -= 4)
			*dw++ = *sw++;
		d = (unsigned char *)dw;
		s = (const unsigned char *)sw;
	}
	while (n--)
		*d++ = *s++;
	return dst;
}

void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	uint32_t w = (unsigned char)c;

	w |= w << 8;
	w |= w << 16;
	while (n && ((uintptr_t)d & 3)) {
		*d++ = (unsigned char)c;
		n--;
	}
	for (; n >= 4; n -= 4, d += 4)
		*(uint32_t *)d = w;
	while (n--)
		*d++ = (unsigned char)c;
	return dst;
}
