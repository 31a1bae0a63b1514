/*
 * Signal state that needs no delivery: the blocked mask (rt_sigprocmask).
 * Delivery, handlers and sigaction come with processes and signals
 * (issue 5); until then rt_sigaction is unimplemented and says so.
 */
#include "syscall.h"
#include <linux_abi/signal.h>

#define SIGSET_BYTES    8
#define UNBLOCKABLE     ((1ull << (LINUX_SIGKILL - 1)) | (1ull << (LINUX_SIGSTOP - 1)))

long sys_rt_sigprocmask(struct call *c)
{
	u32 how = c->a[0], set = c->a[1], oset = c->a[2];
	u64 old = c->p->sigmask, new;

	if (c->a[3] != SIGSET_BYTES)
		return -LINUX_EINVAL;
	if (set) {
		if (vm_copy_in(&c->p->vm, &new, set, sizeof(new)) != sizeof(new))
			return -LINUX_EFAULT;
		new &= ~UNBLOCKABLE;
		if (how == LINUX_SIG_BLOCK)
			new = old | new;
		else if (how == LINUX_SIG_UNBLOCK)
			new = old & ~new;
		else if (how != LINUX_SIG_SETMASK)
			return -LINUX_EINVAL;
	}
	if (oset && vm_copy_out(&c->p->vm, oset, &old, sizeof(old)) != sizeof(old))
		return -LINUX_EFAULT;
	if (set)
		c->p->sigmask = new;
	return 0;
}
