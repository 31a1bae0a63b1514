/*
 * Faults of the tasks mm0 started. Servers are loaded whole, so for now a
 * fault in one is a bug in it: say so and stop the thread (a test task's
 * fault ends the boot with a failure status instead of a hang).
 */
#include "mm0.h"

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
	if (t && !strcmp(t->name, "ktest"))
		poweroff(1);
}
