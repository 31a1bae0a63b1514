/*
 * cmdline_get / cmdline_copy: see cmdline.h.
 */
#include <cmdline.h>
#include <string.h>

const char *cmdline_get(const char *cmdline, const char *key)
{
	size_t n = strlen(key);

	if (!cmdline || !n)
		return NULL;
	for (const char *p = cmdline; *p; p++) {
		if (p != cmdline && p[-1] != ' ')
			continue;
		if (strncmp(p, key, n))
			continue;
		if (p[n] == '=')
			return p + n + 1;
		if (p[n] == ' ' || p[n] == 0)
			return p + n;
	}
	return NULL;
}

int cmdline_copy(const char *cmdline, const char *key, char *buf, size_t size)
{
	const char *v = cmdline_get(cmdline, key);
	size_t len = 0;

	if (!v || !size)
		return -1;
	while (v[len] && v[len] != ' ')
		len++;
	if (len > size - 1)
		len = size - 1;
	memcpy(buf, v, len);
	buf[len] = 0;
	return 0;
}
