/*
 * <signal.h>: newlib's, with its own (BSD) signal numbers, which the glue
 * translates at every call. Everything the glue adds or replaces (struct
 * sigaction with sa_sigaction, Linux's siginfo_t, the sa_flags and si_code
 * values) is in the glue's <sys/signal.h>, which must be read before
 * newlib's <signal.h> includes newlib's own: so it comes first here.
 */
#ifndef _GLUE_SIGNAL_H
#define _GLUE_SIGNAL_H

#include <sys/signal.h>
#include_next <signal.h>

#endif
