/* wait3 (<sys/wait.h>): wait4 of any child. */
#include <sys/wait.h>

pid_t wait3(int *status, int options, struct rusage *ru)
{
	return wait4(-1, status, options, ru);
}
