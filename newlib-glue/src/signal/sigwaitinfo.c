/* sigwaitinfo (<signal.h>): sigtimedwait without a timeout. */
#include <signal.h>

int sigwaitinfo(const sigset_t *restrict set, siginfo_t *restrict si)
{
	return sigtimedwait(set, si, 0);
}
