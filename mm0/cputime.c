/*
 * CPU time and memory use a process is told of: times (43), getrusage
 * (77), wait4's rusage, the CPU-time clocks (time.c).
 *
 * The kernel samples which thread runs (kernel/include/kernel/timer.h):
 * a process's time is its thread's, read while it lives and kept when it
 * exits. Time mm0 and fs0 spend on its calls is theirs, so all of it is
 * user time and the system time is 0. A parent's waits collect its
 * children's time and peak memory (Linux's cutime and cmaxrss), which
 * include what those children had collected from theirs.
 */
#include "syscall.h"
#include <linux_abi/resource.h>
#include <linux_abi/time.h>
#include <clock.h>

#define USER_HZ 100     /* clock ticks (AT_CLKTCK) */

/* p's CPU time so far, in counter ticks. */
static u64 user_ticks(const struct proc *p)
{
	if (p->state != PROC_ALIVE || exregs(p->tid, EXREGS_GET_TIME) < 0)
		return p->user_ticks;
	return ((struct exregs_time *)utcb()->buf)->user_ticks;
}

u64 cputime_ns(const struct proc *p)
{
	return clock_ticks_to_ns(user_ticks(p));
}

/* The peak of the image p is leaving is kept. */
static void keep_peak(struct proc *p)
{
	u32 peak = vm_peak(&p->vm);

	if (peak > p->maxrss_pages)
		p->maxrss_pages = peak;
}

void cputime_exit(struct proc *p)
{
	p->user_ticks = user_ticks(p);
	keep_peak(p);
}

void cputime_exec(struct proc *p)
{
	keep_peak(p);
}

void cputime_reaped(struct proc *parent, const struct proc *child)
{
	u32 maxrss = child->maxrss_pages > child->child_maxrss_pages ? child->maxrss_pages
								    : child->child_maxrss_pages;

	parent->child_user_ticks += child->user_ticks + child->child_user_ticks;
	if (maxrss > parent->child_maxrss_pages)
		parent->child_maxrss_pages = maxrss;
}

static void ticks_tv(u64 ticks, struct linux_timeval *tv)
{
	u64 us = clock_ticks_to_ns(ticks) / 1000;

	tv->tv_sec = (s32)(us / 1000000);
	tv->tv_usec = (s32)(us % 1000000);
}

static s32 clock_t_of(u64 ticks)
{
	return (s32)(clock_ticks_to_ns(ticks) / (NSEC_PER_SEC / USER_HZ));
}

void cputime_rusage(struct linux_rusage *ru, u64 ticks, u32 maxrss_pages)
{
	memset(ru, 0, sizeof(*ru));
	ticks_tv(ticks, &ru->ru_utime);
	ru->ru_maxrss = (s32)(maxrss_pages * (PAGE_SIZE / 1024));
}

long sys_getrusage(struct call *c)
{
	struct proc *p = c->p;
	struct linux_rusage ru;

	switch ((s32)c->a[0]) {
	case LINUX_RUSAGE_SELF:
	case LINUX_RUSAGE_THREAD: {
		u32 peak = vm_peak(&p->vm);
		cputime_rusage(&ru, user_ticks(p), peak > p->maxrss_pages ? peak : p->maxrss_pages);
		break;
	}
	case LINUX_RUSAGE_CHILDREN:
		cputime_rusage(&ru, p->child_user_ticks, p->child_maxrss_pages);
		break;
	default:
		return -LINUX_EINVAL;
	}
	return vm_copy_out(&p->vm, c->a[1], &ru, sizeof(ru)) == sizeof(ru) ? 0 : -LINUX_EFAULT;
}

/* times: the clock ticks since boot, and the CPU times in clock ticks. */
long sys_times(struct call *c)
{
	struct proc *p = c->p;
	struct linux_tms t = { clock_t_of(user_ticks(p)), 0, clock_t_of(p->child_user_ticks), 0 };

	if (c->a[0] && vm_copy_out(&p->vm, c->a[0], &t, sizeof(t)) != sizeof(t))
		return -LINUX_EFAULT;
	return (long)(time_monotonic_ns() / (NSEC_PER_SEC / USER_HZ));
}
