/* execvp (<unistd.h>): execvpe with the current environment. */
#include <unistd.h>

extern char **environ;

int execvp(const char *file, char *const argv[])
{
	return execvpe(file, argv, environ);
}
