/*
 * Faults and exceptions. A Linux process's page fault is resolved from its
 * areas (demand-zero pages, stack growth) or ends it with the signal Linux
 * would send; a server's fault is a bug in it: say so and stop it (a test
 * task's fault ends the boot with a failure status instead of a hang).
 */
#include "syscall.h"
#include "signal.h"

#define FSR_ALIGNMENT   0x01
#define FSR_DEBUG       0x02
#define FSR_WNR         (1u << 11)      /* DFSR: the abort was a write */
#define TRAP_ABORT      14              /* Linux's trap_no for aborts (thread.trap_no) */
#define TRAP_UNDEF      6

/* The signal for a fault the process cannot go on from: a handler's, or the end. */
static int fault_signal(struct proc *p, const struct msg *m, u32 sig, s32 code, u32 addr)
{
	int abort = TAG_LABEL(m->tag) == LABEL_PAGE_FAULT;

	p->fault_trap = abort ? TRAP_ABORT : TRAP_UNDEF;
	p->fault_fsr = abort ? FAULT_STATUS(m->mr[1]) | ((m->mr[1] & FAULT_WRITE) ? FSR_WNR : 0) : 0;
	p->fault_addr = abort ? m->mr[0] : 0;
	if (sig == LINUX_SIGKILL || !signal_fault_handled(p, sig)) {
		proc_kill_fault(p, sig, m);
		return 0;
	}
	return signal_fault(p, sig, code, addr);
}

/* Handles a fault of process p; 1 if the process may resume. */
int pager_linux_fault(struct proc *p, const struct msg *m)
{
	if (TAG_LABEL(m->tag) == LABEL_EXCEPTION)
		return fault_signal(p, m, LINUX_SIGILL, LINUX_ILL_ILLOPC, m->mr[2]);
	u32 status = FAULT_STATUS(m->mr[1]);
	if (status == FSR_ALIGNMENT)
		return fault_signal(p, m, LINUX_SIGBUS, LINUX_BUS_ADRALN, m->mr[0]);
	if (status == FSR_DEBUG)
		return fault_signal(p, m, LINUX_SIGTRAP, LINUX_TRAP_BRKPT, m->mr[2]);
	long err = vm_fault(&p->vm, m->mr[0], m->mr[1] & (FAULT_READ | FAULT_WRITE | FAULT_EXEC));
	if (!err)
		return 1;
	if (err == -EIO)                /* past the end of a mapped file (Linux's filemap_fault) */
		return fault_signal(p, m, LINUX_SIGBUS, LINUX_BUS_ADRERR, m->mr[0]);
	if (err == -ENOMEM) {
		printf("mm0: pid %u (%s): out of memory at %08x\n", p->pid, p->comm, m->mr[0]);
		return fault_signal(p, m, LINUX_SIGKILL, 0, m->mr[0]);
	}
	s32 code = vma_find(&p->vm, m->mr[0]) ? LINUX_SEGV_ACCERR : LINUX_SEGV_MAPERR;
	return fault_signal(p, m, LINUX_SIGSEGV, code, m->mr[0]);
}

static const char *access_name(u32 info)
{
	return (info & FAULT_EXEC) ? "exec" : (info & FAULT_WRITE) ? "write" : "read";
}

void pager_fault(u32 tid, const struct msg *m)
{
	struct task *t = task_by_tid(tid);
	const char *name = t ? t->name : "?";

	if (TAG_LABEL(m->tag) == LABEL_PAGE_FAULT)
		printf("mm0: %s (thread %u): %s fault at %08x, pc %08x, status %x: stopped\n", name,
		       tid, access_name(m->mr[1]), m->mr[0], m->mr[2], FAULT_STATUS(m->mr[1]));
	else
		printf("mm0: %s (thread %u): exception %u (%x) at pc %08x: stopped\n", name, tid,
		       m->mr[0], m->mr[1], m->mr[2]);
	thread_suspend(tid);
	if (t)
		poweroff(2);    /* a server or test task is broken: end the boot, failed */
}
