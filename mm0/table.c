/*
 * The Linux system call table (MINIX table.c style), generated from
 * personality/syscall.tbl: every call no file of mm0 implements is a weak
 * alias of sys_ni_syscall, which names it and returns -ENOSYS. Calls fs0
 * handles are forwarded before the table is consulted.
 */
#include "syscall.h"
#include "signal.h"
#include "syscall_names.h"
#include <linux_trace.h>

#define SYSCALL(nr, name) long sys_##name(struct call *) __attribute__((weak, alias("sys_ni_syscall")));
#define SYSCALL_ARM(nr, name) long sys_arm_##name(struct call *) \
	__attribute__((weak, alias("sys_ni_syscall")));
#include "syscall_table.h"

typedef long (*syscall_fn)(struct call *);

#define SYSCALL(nr, name) [nr] = sys_##name,
static const syscall_fn calls[LINUX_NR_SYSCALLS] = {
#include "syscall_table.h"
};

#define ARM_BASE 0x0f0000u
#define SYSCALL(nr, name)
#define SYSCALL_ARM(nr, name) [(nr) - ARM_BASE] = sys_arm_##name,
static const syscall_fn arm_calls[LINUX_NR_ARM_SYSCALLS] = {
#include "syscall_table.h"
};

static u8 reported[LINUX_NR_SYSCALLS / 8 + 1];

long sys_ni_syscall(struct call *c)
{
	const char *name = linux_syscall_name(c->nr);

	if (c->nr >= LINUX_NR_SYSCALLS || !(reported[c->nr / 8] & (1u << (c->nr % 8)))) {
		printf("mm0: pid %u (%s): system call %s (%u) is not implemented: -ENOSYS\n", c->p->pid,
		       c->p->comm, name ? name : "?", c->nr);
		if (c->nr < LINUX_NR_SYSCALLS)
			reported[c->nr / 8] |= 1u << (c->nr % 8);
	}
	return -LINUX_ENOSYS;
}

static syscall_fn lookup(u32 nr)
{
	if (nr < LINUX_NR_SYSCALLS)
		return calls[nr] ? calls[nr] : sys_ni_syscall;
	if (nr >= ARM_BASE && nr - ARM_BASE < LINUX_NR_ARM_SYSCALLS && arm_calls[nr - ARM_BASE])
		return arm_calls[nr - ARM_BASE];
	return sys_ni_syscall;
}

static long trace_read(void *ctx, uint32_t addr, void *dst, uint32_t len)
{
	return vm_copy_in(ctx, dst, addr, len);
}

static void trace(struct call *c, long result)
{
	struct trace_reader r = { trace_read, &c->p->vm };
	uint32_t a[7];
	char line[256];

	for (int i = 0; i < 7; i++)
		a[i] = c->a[i];
	trace_format(line, sizeof(line), c->p->pid, c->nr, a, result, &r);
	printf("%s", line);
}

long linux_syscall(struct proc *p, struct msg *m)
{
	struct call c;                  /* every field set below: no zeroing on the hot path */
	const u32 *mr = utcb()->mr;

	c.p = p;
	c.m = m;
	c.a[0] = m->mr[0];
	c.a[1] = m->mr[1];
	c.a[2] = m->mr[2];
	c.a[3] = m->mr[3];
	c.a[4] = mr[4];
	c.a[5] = mr[5];
	c.a[6] = mr[6];
	c.nr = mr[7];
	if (unlikely(p->restore_mask)) {        /* a ppoll/pselect6 mask: that call is over */
		p->sigmask = p->saved_mask;
		p->restore_mask = 0;
	}
	if (forward_wanted(c.nr))
		return forward_call(&c);
	if (trace_enabled && (c.nr == __NR_exit || c.nr == __NR_exit_group))
		trace(&c, TRACE_NO_RESULT);     /* the process is gone afterwards */
	mm0_serving = p;
	long r = lookup(c.nr)(&c);
	mm0_serving = NULL;
	if (trace_enabled && r != CALL_GONE)
		trace(&c, r == CALL_PENDING ? TRACE_NO_RESULT : r);
	return r;
}
