/* psiginfo (<signal.h>): psignal of the siginfo's signal, as glibc prints it without detail. */
#include <signal.h>

void psiginfo(const siginfo_t *si, const char *message)
{
	psignal(si->si_signo, message);
}
