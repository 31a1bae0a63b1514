/* execle (<unistd.h>): execve with the arguments listed, then NULL, then the environment. */
#include <stdarg.h>
#include <unistd.h>

int execle(const char *path, const char *arg, ...)
{
	va_list ap;
	int n = 1, i;

	va_start(ap, arg);
	while (va_arg(ap, const char *))
		n++;
	va_end(ap);
	{
		char *argv[n + 1], **envp;

		va_start(ap, arg);
		argv[0] = (char *)arg;
		for (i = 1; i <= n; i++)
			argv[i] = va_arg(ap, char *);
		envp = va_arg(ap, char **);
		va_end(ap);
		return execve(path, argv, envp);
	}
}
