/* _execve: newlib's execve() ends here (execve, 11). */
#include "protos.h"

int _execve(const char *path, char *const argv[], char *const envp[])
{
	return __sys_ret(SYS_execve, path, argv, envp);
}
