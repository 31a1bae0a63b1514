/*
 * The svc entry and the native call table. A thread created with TF_LINUX
 * never makes native calls: its svc becomes a message to its handler.
 * A thread of a space without CAP_NATIVE that executes svc raises an
 * exception (EXC_SVC) to its pager.
 */
#include <kernel/syscall.h>
#include <kernel/sched.h>
#include <kernel/space.h>
#include <kernel/ipc.h>
#include <kernel/timer.h>
#include <kernel/irq.h>
#include <kernel/kalloc.h>
#include <kernel/exception.h>
#include <kernel/fastpath.h>
#include <arch/cpu.h>

typedef void (*native_call_fn)(struct tcb *t);

#define CALL(nr) [nr]
static const native_call_fn native_calls[NR_NATIVE_CALLS] = {
	CALL(NR_IPC)            = sys_ipc,
	CALL(NR_NOTIFY)         = sys_notify,
	CALL(NR_THREAD_CONTROL) = sys_thread_control,
	CALL(NR_SPACE_CONTROL)  = sys_space_control,
	CALL(NR_MAP)            = sys_map,
	CALL(NR_UNMAP)          = sys_unmap,
	CALL(NR_EXREGS)         = sys_exregs,
	CALL(NR_IRQ_CONTROL)    = sys_irq_control,
	CALL(NR_TIMER)          = sys_timer,
	CALL(NR_YIELD)          = sys_yield,
	CALL(NR_DEBUG_WRITE)    = sys_debug_write,
	CALL(NR_SYSTEM)         = sys_system,
	CALL(NR_COPY)           = sys_copy,
};

static void linux_svc(struct tcb *t)
{
	if (ipc_kernel_call(t, t->handler, MSG_LINUX) < 0) {
		printk("[kernel] thread %u: Linux syscall %u and no handler: -ENOSYS\n", t->tid,
		       t->ctx.r[7]);
		t->ctx.r[0] = (u32)-ENOSYS;
	}
}

struct frame *handle_svc(void)
{
	struct tcb *t = current;
	struct frame *f;

	if (likely(t->svc_kind == SVC_NATIVE)) {
		u32 nr = t->ctx.r[7];
		if (likely(nr == NR_IPC) && likely((f = fastpath_ipc(t)) != NULL))
			return f;
		if (likely(nr < NR_NATIVE_CALLS))
			native_calls[nr](t);
		else
			t->ctx.r[0] = (u32)-ENOSYS;
	} else if (t->svc_kind == SVC_LINUX) {
		if (likely((f = fastpath_linux(t)) != NULL))
			return f;
		linux_svc(t);
	} else {
		raise_exception(t, MSG_EXCEPTION, EXC_SVC, t->ctx.r[7]);
	}
	return sched_exit();
}

void sys_notify(struct tcb *t)
{
	struct tcb *dst = tcb_lookup(t->ctx.r[0]);
	u32 bits = t->ctx.r[1];

	if (!dst)
		t->ctx.r[0] = (u32)-ESRCH;
	else if (!bits)
		t->ctx.r[0] = (u32)-EINVAL;
	else
		t->ctx.r[0] = (u32)ipc_notify(dst, bits);
}

void sys_timer(struct tcb *t)
{
	u64 deadline = ((u64)t->ctx.r[1] << 32) | t->ctx.r[0];
	u32 bits = t->ctx.r[2];

	if (deadline && !bits)
		t->ctx.r[0] = (u32)-EINVAL;
	else
		t->ctx.r[0] = (u32)timer_set_alarm(t, deadline, bits);
}

void sys_irq_control(struct tcb *t)
{
	if (!(t->space->caps & CAP_IRQ)) {
		t->ctx.r[0] = (u32)-EPERM;
		return;
	}
	t->ctx.r[0] = (u32)irq_control(t, t->ctx.r[0], t->ctx.r[1], t->ctx.r[2]);
}

void sys_yield(struct tcb *t)
{
	sched_yield();
	t->ctx.r[0] = 0;
}

void sys_debug_write(struct tcb *t)
{
	u32 len = t->ctx.r[0];

	if (!t->utcb || len > UTCB_BUF_BYTES) {
		t->ctx.r[0] = (u32)-EINVAL;
		return;
	}
	console_write(t->utcb->buf, len);
	t->ctx.r[0] = len;
}

static long kinfo(u32 which)
{
	switch (which) {
	case KINFO_THREADS:
		return tcb_count();
	case KINFO_SPACES:
		return space_count();
	case KINFO_POOL_FREE:
		return kpool_free_bytes();
	case KINFO_TIMER_HZ:
		return timer_hz;
	case KINFO_TICKS_PER_US:
		return timer_hz / 1000000u;
	case KINFO_ID_ISAR0:
		return read_id_isar0();
	case KINFO_ID_ISAR3:
		return read_id_isar3();
	case KINFO_ID_MMFR0:
		return read_id_mmfr0();
	case KINFO_FPSID:
		return read_fpsid();
	case KINFO_MVFR0:
		return read_mvfr0();
	case KINFO_MVFR1:
		return read_mvfr1();
	}
	return -EINVAL;
}

/* SYS_HOST_*: host files through semihosting, data in the caller's UTCB buffer. */
static long host_io(struct tcb *t, u32 op, u32 a, u32 b)
{
	if (!t->utcb || b > UTCB_BUF_BYTES)
		return -EINVAL;
	switch (op) {
	case SYS_HOST_OPEN:
		if (!b || (a != HOST_READ && a != HOST_WRITE && a != HOST_APPEND))
			return -EINVAL;
		t->utcb->buf[b < UTCB_BUF_BYTES ? b : UTCB_BUF_BYTES - 1] = 0;
		return host_open(t->utcb->buf, strlen(t->utcb->buf), a);
	case SYS_HOST_READ:
		return host_read(a, t->utcb->buf, b);
	case SYS_HOST_WRITE:
		return host_write(a, t->utcb->buf, b);
	case SYS_HOST_CLOSE:
		return host_close(a);
	}
	return -EINVAL;
}

void sys_system(struct tcb *t)
{
	u32 op = t->ctx.r[0];

	if (op >= SYS_HOST_OPEN && op <= SYS_HOST_CLOSE) {
		t->ctx.r[0] = (t->space->caps & CAP_SYSTEM)
			? (u32)host_io(t, op, t->ctx.r[1], t->ctx.r[2]) : (u32)-EPERM;
		return;
	}
	switch (op) {
	case SYS_POWEROFF:
		if (!(t->space->caps & CAP_SYSTEM))
			break;
		system_poweroff(t->ctx.r[1]);
	case SYS_KINFO:
		t->ctx.r[0] = (u32)kinfo(t->ctx.r[1]);
		return;
	default:
		t->ctx.r[0] = (u32)-EINVAL;
		return;
	}
	t->ctx.r[0] = (u32)-EPERM;
}
