/*
 * Linux system calls in mm0: every call of a process arrives here as a
 * LABEL_LINUX_SYSCALL message; a handler gets the registers and returns
 * the value for r0, or says that the answer comes later or from fs0.
 */
#ifndef MM0_SYSCALL_H
#define MM0_SYSCALL_H

#include "mm0.h"
#include "syscall_nr.h"

struct call {
	struct proc *p;
	u32 nr;
	u32 a[7];                       /* r0..r6 */
	struct msg *m;                  /* the message as received (mr4..7 in the UTCB) */
};

/* Returned instead of a value for r0 (never a valid result: below -4095). */
#define CALL_PENDING    (-0x70000000L)  /* the reply comes later (sleep, ...) */
#define CALL_FORWARDED  (-0x70000001L)  /* fs0 has it and replies */
#define CALL_GONE       (-0x70000002L)  /* the process no longer exists */

long linux_syscall(struct proc *p, struct msg *m);
long sys_ni_syscall(struct call *c);

/* forward.c: forwarded[nr] for the calls fs0 answers */
extern u8 forwarded[LINUX_NR_SYSCALLS];
void forward_init(void);
long forward_call(struct call *c);

static inline int forward_wanted(u32 nr)
{
	return nr < LINUX_NR_SYSCALLS && forwarded[nr];
}

/* time.c */
void time_init(void);
u64 time_realtime_ns(void);
u64 time_monotonic_ns(void);
/* Timer notification: wake the sleepers that are due. */
void time_wake_sleepers(void);
/* A sleeping process goes away (or its wait ends otherwise). */
void time_cancel_sleep(struct proc *p);
/* ... and its ITIMER_REAL too (exit). */
void time_cancel_all(struct proc *p);
/* A signal ends p's sleep: writes the time left (relative sleeps), returns the restart code. */
long time_sleep_interrupted(struct proc *p);
/* rt_sigtimedwait: reads its timeout; arms it. */
long time_get_timeout(struct proc *p, u32 uaddr, int is64, u64 *ns);
void time_sigwait_timeout(struct proc *p, u64 ns);
/* getitimer/setitimer of the CPU-time timers, which Persona does not count: named, -EINVAL. */
long itimer_unsupported(struct call *c);

/* cputime.c: p's CPU time (all user time), in ns */
u64 cputime_ns(const struct proc *p);
/* p exits (before its thread goes) / execs (before its memory goes): its time and peak memory kept */
void cputime_exit(struct proc *p);
void cputime_exec(struct proc *p);
/* parent's wait reaped child: the child's time and peak memory become the parent's children's */
void cputime_reaped(struct proc *parent, const struct proc *child);
/* a struct linux_rusage of CPU time (counter ticks) and peak memory (pages) */
struct linux_rusage;
void cputime_rusage(struct linux_rusage *ru, u64 ticks, u32 maxrss_pages);

/* sys_fork.c: a vfork child hands its parent's vm and space back (exec, exit) or frees them */
void vfork_return(struct proc *child);

/* sys_wait.c: a child of parent changed state (exit, stop, continue): its wait may end. */
void wait_child_changed(struct proc *parent);
/* sys_signal.c: rt_sigtimedwait's signal arrived. */
void sigtimedwait_take(struct proc *p, u32 sig, const struct sig_info *info);

#define NOTIFY_ALARM 1u

#endif
