/*
 * <signal.h>: newlib's, with its own (BSD) signal numbers, which the glue
 * translates at every call; plus the sa_flags newlib does not name on
 * this target, with Linux's values, which sigaction() passes through.
 */
#ifndef _GLUE_SIGNAL_H
#define _GLUE_SIGNAL_H

#include_next <signal.h>

#ifndef SA_RESTART
#define SA_ONSTACK   0x08000000
#define SA_RESTART   0x10000000
#define SA_NODEFER   0x40000000
#define SA_RESETHAND 0x80000000
#endif

#endif
