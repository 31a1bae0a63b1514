/*
 * The process table: a fixed array of processes, found by Linux pid or by
 * kernel thread id (through the thread id's index, unique among live
 * threads). Pids count up from 1 and wrap below PID_MAX, skipping used ones,
 * as Linux does.
 */
#include "mm0.h"

static struct proc procs[PROC_MAX];
struct proc *proc_by_tid_index[TID_MAX_THREADS];
#define by_tid_index proc_by_tid_index
static u32 last_pid, nprocs;

/* A pid is taken while a process, process group or session still has it (Linux's rule). */
static int pid_in_use(u32 pid)
{
	for (int i = 0; i < PROC_MAX; i++)
		if (procs[i].state != PROC_FREE &&
		    (procs[i].pid == pid || procs[i].pgid == pid || procs[i].sid == pid))
			return 1;
	return 0;
}

static u32 next_pid(void)
{
	do {
		last_pid = last_pid + 1 >= PID_MAX ? 1 : last_pid + 1;
	} while (pid_in_use(last_pid));
	return last_pid;
}

static void default_limits(struct proc *p)
{
	for (int r = 0; r < LINUX_RLIM_NLIMITS; r++)
		p->rlim[r].rlim_cur = p->rlim[r].rlim_max = LINUX_RLIM64_INFINITY;
	p->rlim[LINUX_RLIMIT_STACK].rlim_cur = STACK_MAX;
	p->rlim[LINUX_RLIMIT_CORE].rlim_cur = 0;
	p->rlim[LINUX_RLIMIT_NOFILE].rlim_cur = 1024;
	p->rlim[LINUX_RLIMIT_NOFILE].rlim_max = 4096;
	p->rlim[LINUX_RLIMIT_MEMLOCK].rlim_cur = p->rlim[LINUX_RLIMIT_MEMLOCK].rlim_max = 8u << 20;
	p->rlim[LINUX_RLIMIT_NPROC].rlim_cur = p->rlim[LINUX_RLIMIT_NPROC].rlim_max = PROC_MAX / 2;
	p->rlim[LINUX_RLIMIT_SIGPENDING].rlim_cur = p->rlim[LINUX_RLIMIT_SIGPENDING].rlim_max = 1024;
	p->rlim[LINUX_RLIMIT_MSGQUEUE].rlim_cur = p->rlim[LINUX_RLIMIT_MSGQUEUE].rlim_max = 819200;
	p->rlim[LINUX_RLIMIT_NICE].rlim_cur = p->rlim[LINUX_RLIMIT_NICE].rlim_max = 0;
	p->rlim[LINUX_RLIMIT_RTPRIO].rlim_cur = p->rlim[LINUX_RLIMIT_RTPRIO].rlim_max = 0;
}

struct proc *proc_alloc(void)
{
	for (int i = 0; i < PROC_MAX; i++) {
		struct proc *p = &procs[i];
		if (p->state != PROC_FREE)
			continue;
		memset(p, 0, sizeof(*p));
		p->state = PROC_ALIVE;
		p->pid = next_pid();
		p->start_ticks = read_cntvct();
		default_limits(p);
		nprocs++;
		return p;
	}
	return NULL;
}

void proc_set_tid(struct proc *p, u32 tid)
{
	p->tid = tid;
	by_tid_index[tid & (TID_MAX_THREADS - 1)] = p;
}

void proc_free(struct proc *p)
{
	if (p->tid && by_tid_index[p->tid & (TID_MAX_THREADS - 1)] == p)
		by_tid_index[p->tid & (TID_MAX_THREADS - 1)] = NULL;
	p->state = PROC_FREE;
	nprocs--;
}

struct proc *proc_by_pid(u32 pid)
{
	for (int i = 0; i < PROC_MAX; i++)
		if (procs[i].state != PROC_FREE && procs[i].pid == pid)
			return &procs[i];
	return NULL;
}

struct proc *proc_alive(u32 pid)
{
	struct proc *p = pid ? proc_by_pid(pid) : NULL;

	return p && p->state == PROC_ALIVE ? p : NULL;
}

u32 proc_count(void)
{
	return nprocs;
}

void proc_for_each(void (*fn)(struct proc *p, void *arg), void *arg)
{
	for (int i = 0; i < PROC_MAX; i++)
		if (procs[i].state != PROC_FREE)
			fn(&procs[i], arg);
}
