/*
 * sigaltstack (<signal.h>): sigaltstack (186). newlib's stack_t, SS_ONSTACK,
 * SS_DISABLE, MINSIGSTKSZ and SIGSTKSZ are Linux's for ARM, so the call
 * passes through.
 */
#include <signal.h>
#include <stddef.h>
#include "glue.h"

_Static_assert(sizeof(stack_t) == sizeof(linux_stack_t) &&
	       offsetof(stack_t, ss_sp) == offsetof(linux_stack_t, ss_sp) &&
	       offsetof(stack_t, ss_flags) == offsetof(linux_stack_t, ss_flags) &&
	       offsetof(stack_t, ss_size) == offsetof(linux_stack_t, ss_size),
	       "newlib's stack_t is Linux's");
_Static_assert(SS_ONSTACK == LINUX_SS_ONSTACK && SS_DISABLE == LINUX_SS_DISABLE &&
	       MINSIGSTKSZ == LINUX_MINSIGSTKSZ && SIGSTKSZ == LINUX_SIGSTKSZ,
	       "newlib's sigaltstack constants are Linux's");

int sigaltstack(const stack_t *restrict ss, stack_t *restrict old)
{
	return __sys_ret(SYS_sigaltstack, ss, old);
}
