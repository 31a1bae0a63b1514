/*
 * altstack: sigaltstack's rules (sizes, flags, no change while on it) and
 * a handler with SA_ONSTACK running on the alternate stack, which it sees
 * as SS_ONSTACK; without SA_ONSTACK it runs on the normal stack.
 */
#include "lt.h"
#include <signal.h>
#include <linux_abi/signal.h>

static char alt[16384] __attribute__((aligned(16)));
static volatile int on_alt, flags_inside, change_inside;

static long altstack(const linux_stack_t *ss, linux_stack_t *old)
{
	return syscall(SYS_sigaltstack, ss, old);
}

static void handler(int sig)
{
	char here;
	linux_stack_t now, other = { (u_int32_t)alt, 0, 8192 };

	on_alt = &here >= alt && &here < alt + sizeof alt;
	altstack(NULL, &now);
	flags_inside = now.ss_flags;
	errno = 0;
	change_inside = altstack(&other, NULL) == -1 ? errno : 0;
}

static void set(int flags)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sa.sa_flags = flags;
	SETUP(sigaction(SIGUSR1, &sa, NULL));
}

int main(void)
{
	linux_stack_t ss, old;

	EXPECT_OK("query", altstack(NULL, &old));
	EXPECT_EQ("none at first: SS_DISABLE", old.ss_flags, LINUX_SS_DISABLE);
	ss = (linux_stack_t){ (u_int32_t)alt, 0, 1024 };
	EXPECT_ERR("too small", altstack(&ss, NULL), ENOMEM);
	ss = (linux_stack_t){ (u_int32_t)alt, 5, sizeof alt };
	EXPECT_ERR("bad flags", altstack(&ss, NULL), EINVAL);
	EXPECT_ERR("bad pointer", altstack(BAD, NULL), EFAULT);
	ss = (linux_stack_t){ (u_int32_t)alt, 0, sizeof alt };
	EXPECT_OK("set", altstack(&ss, NULL));
	EXPECT_OK("query", altstack(NULL, &old));
	EXPECT_TRUE("as set", old.ss_sp == (u_int32_t)alt && old.ss_size == sizeof alt && old.ss_flags == 0);

	set(0);
	raise(SIGUSR1);
	EXPECT_EQ("without SA_ONSTACK: the normal stack", on_alt, 0);
	set(SA_ONSTACK);
	raise(SIGUSR1);
	EXPECT_EQ("with SA_ONSTACK: the alternate stack", on_alt, 1);
	EXPECT_EQ("seen inside as SS_ONSTACK", flags_inside, LINUX_SS_ONSTACK);
	EXPECT_EQ("no change while on it: EPERM", change_inside, EPERM);
	ss = (linux_stack_t){ 0, LINUX_SS_DISABLE, 0 };
	EXPECT_OK("disable", altstack(&ss, NULL));
	raise(SIGUSR1);
	EXPECT_EQ("disabled: the normal stack again", on_alt, 0);
	return lt_done();
}
