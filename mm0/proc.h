/*
 * Processes as mm0 sees them: Linux ids, the kernel thread and space they
 * run in, their memory, limits, signal state, and what they are waiting
 * for. One thread per process (no CLONE_THREAD).
 *
 * A process is in one of these situations, which decide how a signal
 * reaches it (signal.c):
 *   running or runnable in user mode, or inside a call fs0 holds:
 *           mm0 suspends its thread to deliver (TC_SUSPEND says which);
 *   blocked in a call mm0 holds (wait != WAIT_NONE): its reply is pending
 *           here, and a handled signal ends the call;
 *   stopped (job control): its thread is suspended, or its held call's
 *           result waits in held_result until SIGCONT.
 */
#ifndef MM0_PROC_H
#define MM0_PROC_H

#include "vm.h"
#include <linux_abi/resource.h>
#include <linux_abi/signal.h>

#define PROC_MAX        1024
#define PID_MAX         32768
#define COMM_LEN        16

enum proc_state {
	PROC_FREE,
	PROC_ALIVE,
	PROC_ZOMBIE,            /* exited, not yet reaped */
};

/* A call mm0 holds: the process waits for mm0's reply. */
enum proc_wait {
	WAIT_NONE,
	WAIT_SLEEP,             /* nanosleep, clock_nanosleep (time.c) */
	WAIT_CHILD,             /* wait4, waitid (sys_wait.c) */
	WAIT_PAUSE,             /* pause */
	WAIT_SIGSUSPEND,        /* rt_sigsuspend */
	WAIT_SIGTIMEDWAIT,      /* rt_sigtimedwait (time.c may end it) */
	WAIT_VFORK,             /* vfork: until the child execs or exits; only SIGKILL ends it */
};

/* What a pending signal carries into its siginfo (compact). */
struct sig_info {
	s32 code;               /* si_code */
	u32 pid, uid;           /* sender (kill, SIGCHLD) */
	u32 value;              /* SIGCHLD: status; faults: address; sigqueue: sigval */
};

/* wait4/waitid arguments kept while the call waits */
struct wait_req {
	s32 pid;                /* wait4's pid argument (waitid's id/type turned into it) */
	u32 options;            /* LINUX_W* */
	u32 status;             /* wait4: status pointer; waitid: siginfo pointer */
	u32 rusage;
	u8 waitid;
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
	struct proc *used_next, *used_prev;     /* slots in use (proc.c) */
	struct proc *pid_next;                  /* the pid hash chain */
	u32 pid, ppid;
	u32 pgid, sid;                  /* process group and session */
	struct creds cred;
	u64 sigmask;                    /* blocked signals (bit n-1 for signal n) */
	u64 sigpending;                 /* pending signals, info[] says more */
	struct linux_sigaction act[LINUX__NSIG];        /* act[n-1] for signal n */
	struct sig_info info[LINUX__NSIG];
	struct sigq *rtq;               /* further instances of pending rt signals (sigqueue.c) */
	u32 rtq_len;
	linux_stack_t altstack;
	u64 saved_mask;                 /* rt_sigsuspend: the mask to restore after the handler */
	u8 restore_mask;
	u8 exit_signal;                 /* sent to the parent at exit (SIGCHLD, or clone's CSIGNAL) */
	u8 wait;                        /* enum proc_wait */
	u8 stopped;                     /* job control: stopped by stop_sig */
	u8 stop_sig;
	u8 thread_held;                 /* mm0 suspended the thread (a stop): resume it at SIGCONT */
	u8 has_held_result;             /* a held call finished while stopped */
	u8 held_final;                  /* ... and its context is set: held_result is the r0 */
	u8 did_exec;                    /* setpgid by the parent: EACCES after an execve */
	u8 orphaned;                    /* its process group is orphaned (jobctl.c) */
	u8 tty_bits;                    /* FS0_TTIN_IGNORED etc. as fs0 last heard them */
	u8 report;                      /* REPORT_* not yet seen by the parent's wait */
	long held_result;
	struct wait_req wreq;
	u64 sigwait_set;                /* rt_sigtimedwait: the signals waited for */
	u32 sigwait_info;               /* ... and where their siginfo goes */
	u32 vfork_child;                /* WAIT_VFORK: the child's pid */
	u32 vfork_lender;               /* a vfork child: the parent whose memory it has, 0: none */
	u8 vm_lent;                     /* a vfork parent: its vm and space are the child's for now */
	u32 fault_trap, fault_fsr, fault_addr;  /* the last fault, for the signal frame */
	/* ITIMER_REAL (alarm, setitimer): counter values, 0 = off */
	u64 alarm_at, alarm_interval_ticks;
	struct proc *alarm_next;
	u32 tid;                        /* the kernel thread (TF_LINUX) */
	u32 space;
	struct vm vm;
	char comm[COMM_LEN];
	u32 clear_child_tid;            /* set_tid_address */
	u32 tls;                        /* set_tls: TPIDRURO */
	u32 wait_status;                /* Linux wait status once a zombie */
	struct linux_rlimit64 rlim[LINUX_RLIM_NLIMITS];
	u64 start_ticks;                /* counter value at creation */
	u64 user_ticks;                 /* CPU time, once it has exited (cputime.c) */
	u64 child_user_ticks;           /* ... of the children its waits reaped, and theirs */
	u32 maxrss_pages;               /* peak resident pages of its images before this one */
	u32 child_maxrss_pages;         /* the largest peak of the children reaped */
	/* a pending nanosleep: reply at this counter value */
	u64 sleep_until;
	u32 sleep_rem;                  /* remaining-time buffer, 0: none */
	u32 sleep_rem64;                /* it is a timespec64 */
	u8 sleep_absolute;              /* TIMER_ABSTIME: no remaining time, not restarted by time left */
	struct proc *sleep_next;
};

/* report bits: a state change the parent's wait has not collected yet */
#define REPORT_STOPPED   1u
#define REPORT_CONTINUED 2u

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
/* A live (not zombie) process by pid, or NULL. */
struct proc *proc_alive(u32 pid);
u32 proc_count(void);
/* Calls fn on every process in use. */
void proc_for_each(void (*fn)(struct proc *p, void *arg), void *arg);

#endif
