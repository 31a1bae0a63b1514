/* execv (<unistd.h>): execve with the current environment. */
#include <unistd.h>

extern char **environ;

int execv(const char *path, char *const argv[])
{
	return execve(path, argv, environ);
}
