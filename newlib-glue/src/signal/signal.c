/*
 * signal (<signal.h>): replaces newlib's, which only simulates signals
 * inside the process. sigaction with SA_RESTART, the BSD and glibc
 * semantics: the handler stays installed and interrupted calls restart.
 */
#include <signal.h>
#include "glue.h"

_sig_func_ptr signal(int sig, _sig_func_ptr func)
{
	struct sigaction sa = { .sa_handler = func, .sa_flags = SA_RESTART }, old;

	if (sigaction(sig, &sa, &old))
		return SIG_ERR;
	return old.sa_handler;
}
