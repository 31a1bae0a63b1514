/*
 * execvpe (<unistd.h>, GNU): execve of file with the environment envp,
 * searched for in $PATH (default "/bin:/usr/bin") unless it contains a
 * '/'. As in musl: directories that do not have it (ENOENT, ENOTDIR) are
 * skipped, EACCES is remembered and reported if nothing else worked, any
 * other error stops the search.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "glue.h"

int execvpe(const char *file, char *const argv[], char *const envp[])
{
	const char *path = getenv("PATH"), *p, *z;
	size_t l = strlen(file), k;
	int seen_eacces = 0;

	if (!*file)
		return __syscall_ret(-LINUX_ENOENT);
	if (strchr(file, '/'))
		return execve(file, argv, envp);
	if (!path)
		path = "/bin:/usr/bin";
	if (l > LINUX_NAME_MAX)
		return __syscall_ret(-LINUX_ENAMETOOLONG);
	for (p = path;; p = z + 1) {
		char b[LINUX_PATH_MAX];

		z = strchr(p, ':');
		if (!z)
			z = p + strlen(p);
		k = (size_t)(z - p);
		if (k + 1 + l + 1 <= sizeof b) {
			memcpy(b, p, k);
			b[k] = '/';
			memcpy(b + k + !!k, file, l + 1);
			execve(b, argv, envp);
			if (errno == EACCES)
				seen_eacces = 1;
			else if (errno != ENOENT && errno != ENOTDIR)
				return -1;
		}
		if (!*z)
			break;
	}
	return seen_eacces ? __syscall_ret(-LINUX_EACCES) : -1;
}
