/*
 * Faults and exceptions. A Linux process's page fault is resolved from its
 * areas (demand-zero pages, stack growth) or ends it with the signal Linux
 * would send; a server's fault is a bug in it: say so and stop it (a test
 * task's fault ends the boot with a failure status instead of a hang).
 */
#include "syscall.h"

#define SIGILL  4
#define SIGTRAP 5
#define SIGBUS  7
#define SIGKILL 9
#define SIGSEGV 11
#define FSR_ALIGNMENT   0x01
#define FSR_DEBUG       0x02

/* Handles a fault of process p; 1 if the process may resume. */
int pager_linux_fault(struct proc *p, const struct msg *m)
{
	if (TAG_LABEL(m->tag) == LABEL_EXCEPTION) {
		proc_kill_fault(p, SIGILL, m);
		return 0;
	}
	u32 status = FAULT_STATUS(m->mr[1]);
	if (status == FSR_ALIGNMENT || status == FSR_DEBUG) {
		proc_kill_fault(p, status == FSR_ALIGNMENT ? SIGBUS : SIGTRAP, m);
		return 0;
	}
	long err = vm_fault(&p->vm, m->mr[0], m->mr[1] & (FAULT_READ | FAULT_WRITE | FAULT_EXEC));
	if (!err)
		return 1;
	proc_kill_fault(p, err == -ENOMEM ? SIGKILL : SIGSEGV, m);
	return 0;
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
