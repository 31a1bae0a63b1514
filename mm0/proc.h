/*
 * Processes as mm0 sees them: Linux ids, the kernel thread and space they
 * run in, their memory, limits and what they are waiting for. One thread
 * per process for now; the layout leaves room for more (clone comes later).
 */
#ifndef MM0_PROC_H
#define MM0_PROC_H

#include "vm.h"
#include <linux_abi/resource.h>

#define PROC_MAX        1024
#define PID_MAX         32768
#define COMM_LEN        16

enum proc_state {
	PROC_FREE,
	PROC_ALIVE,
	PROC_ZOMBIE,            /* exited, not yet reaped */
};

#define NGROUPS         32              /* supplementary groups kept (Linux allows more) */

/* Credentials (Linux's real/effective/saved ids); everyone starts as root. */
struct creds {
	u32 uid, euid, suid, fsuid;
	u32 gid, egid, sgid, fsgid;
	u32 ngroups;
	u32 groups[NGROUPS];
};

struct proc {
	enum proc_state state;
	u32 pid, ppid;
	u32 pgid, sid;                  /* process group and session */
	struct creds cred;
	u64 sigmask;                    /* blocked signals (bit n-1 for signal n) */
	u32 tid;                        /* the kernel thread (TF_LINUX) */
	u32 space;
	struct vm vm;
	char comm[COMM_LEN];
	u32 clear_child_tid;            /* set_tid_address */
	u32 tls;                        /* set_tls: TPIDRURO */
	u32 wait_status;                /* Linux wait status once a zombie */
	struct linux_rlimit64 rlim[LINUX_RLIM_NLIMITS];
	u64 start_ticks;                /* counter value at creation */
	/* a pending nanosleep: reply at this counter value */
	u64 sleep_until;
	u32 sleep_rem;                  /* remaining-time buffer, 0: none */
	u32 sleep_rem64;                /* it is a timespec64 */
	struct proc *sleep_next;
};

struct proc *proc_alloc(void);
void proc_set_tid(struct proc *p, u32 tid);
void proc_free(struct proc *p);
extern struct proc *proc_by_tid_index[];

/* The live process whose thread is tid, or NULL. */
static inline struct proc *proc_by_tid(u32 tid)
{
	struct proc *p = proc_by_tid_index[tid & (TID_MAX_THREADS - 1)];

	return (p && p->tid == tid && p->state == PROC_ALIVE) ? p : NULL;
}
struct proc *proc_by_pid(u32 pid);
u32 proc_count(void);
/* Calls fn on every process in use. */
void proc_for_each(void (*fn)(struct proc *p, void *arg), void *arg);

#endif
