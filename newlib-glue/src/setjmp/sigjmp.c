/*
 * sigsetjmp's second half and siglongjmp (<setjmp.h>): the signal mask
 * is kept as Linux's 64-bit set (rt_sigprocmask, 175), so real-time
 * signals, which newlib's sigset_t cannot name, are restored too.
 */
#include <setjmp.h>
#include "glue.h"

#define SAVEMASK_WORD 32
#define MASK_WORD     33

int __glue_sigjmp_save(sigjmp_buf env, int savemask);

/* Called by sigsetjmp (setjmp.S) once the registers are saved; returns sigsetjmp's 0. */
int __glue_sigjmp_save(sigjmp_buf env, int savemask)
{
	unsigned long *w = (unsigned long *)env;

	w[SAVEMASK_WORD] = savemask != 0;
	if (savemask)
		__syscall(SYS_rt_sigprocmask, LINUX_SIG_BLOCK, 0, &w[MASK_WORD], sizeof(linux_sigset_t));
	return 0;
}

void siglongjmp(sigjmp_buf env, int val)
{
	unsigned long *w = (unsigned long *)env;

	if (w[SAVEMASK_WORD])
		__syscall(SYS_rt_sigprocmask, LINUX_SIG_SETMASK, &w[MASK_WORD], 0,
			  sizeof(linux_sigset_t));
	longjmp(env, val);
}
