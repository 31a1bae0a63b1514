/*
 * Entries for user aborts, undefined instructions and interrupts.
 * The saved pc of an abort is the faulting instruction (entry.S adjusted
 * lr); for an undefined instruction it is the next one, fixed up here.
 */
#include <kernel/exception.h>
#include <kernel/syscall.h>
#include <kernel/sched.h>
#include <kernel/ipc.h>
#include <kernel/irq.h>
#include <kernel/boot.h>
#include <arch/cpu.h>

#define FSR_WNR         (1u << 11)
#define FSR_STATUS(fsr) ((((fsr) >> 6) & 0x10u) | ((fsr) & 0xfu))

void raise_exception(struct tcb *t, enum msg_kind kind, u32 addr, u32 info)
{
	t->fault_addr = addr;
	t->fault_info = info;
	if (ipc_kernel_call(t, t->pager, kind) == 0)
		return;
	if (t->tid == root_tid)
		panic("root task %s at %08x (info %x, pc %08x)",
		      kind == MSG_PAGE_FAULT ? "page fault" : "exception", addr, info, t->ctx.pc);
	printk("[kernel] thread %u: %s %08x (info %x) at pc %08x, no pager: stopped\n", t->tid,
	       kind == MSG_PAGE_FAULT ? "page fault at" : "exception", addr, info, t->ctx.pc);
	tcb_suspend(t);
}

struct frame *handle_dabt(void)
{
	u32 fsr = read_dfsr();
	u32 access = (fsr & FSR_WNR) ? FAULT_WRITE : FAULT_READ;

	raise_exception(current, MSG_PAGE_FAULT, read_dfar(),
			access | (FSR_STATUS(fsr) << FAULT_STATUS_SHIFT));
	return sched_exit();
}

struct frame *handle_pabt(void)
{
	u32 fsr = read_ifsr();

	raise_exception(current, MSG_PAGE_FAULT, read_ifar(),
			FAULT_EXEC | (FSR_STATUS(fsr) << FAULT_STATUS_SHIFT));
	return sched_exit();
}

struct frame *handle_undef(void)
{
	struct tcb *t = current;

	t->ctx.pc -= frame_is_thumb(&t->ctx) ? 2 : 4;
	if (!vfp_take(t))
		raise_exception(t, MSG_EXCEPTION, EXC_UNDEF, 0);
	return sched_exit();
}

struct frame *handle_irq(void)
{
	irq_dispatch();
	return sched_exit();
}
