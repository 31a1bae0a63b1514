/*
 * The process table: a fixed array of processes, found by Linux pid (a
 * hash of chains) or by kernel thread id (through the thread id's index,
 * unique among live threads), and walked through the list of slots in use
 * (so that the cost follows the processes that exist, not the table's
 * size). Pids count up from 1 and wrap below PID_MAX, skipping any still
 * naming a process, group or session, as Linux does.
 */
#include "mm0.h"

#define PID_HASH 256

static struct proc procs[PROC_MAX];
struct proc *proc_by_tid_index[TID_MAX_THREADS];
#define by_tid_index proc_by_tid_index
static struct proc *by_pid[PID_HASH];
static struct proc *used;               /* slots not PROC_FREE, newest first */
static u32 last_pid, nprocs;

void proc_for_each(void (*fn)(struct proc *p, void *arg), void *arg)
{
	for (struct proc *p = used, *next; p; p = next) {
		next = p->used_next;    /* fn may free p (not others) */
		fn(p, arg);
	}
}

struct proc *proc_by_pid(u32 pid)
{
	for (struct proc *p = by_pid[pid % PID_HASH]; p; p = p->pid_next)
		if (p->pid == pid)
			return p;
	return NULL;
}

struct pid_use {
	u32 pid;
	int used;
};

static void names_pid(struct proc *p, void *arg)
{
	struct pid_use *u = arg;

	if (p->pgid == u->pid || p->sid == u->pid)
		u->used = 1;
}

static int pid_in_use(u32 pid)
{
	struct pid_use u = { pid, proc_by_pid(pid) != NULL };

	if (!u.used)
		proc_for_each(names_pid, &u);
	return u.used;
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

static struct proc *free_slot(void)
{
	static u32 hint;

	for (u32 n = 0; n < PROC_MAX; n++) {
		struct proc *p = &procs[(hint + n) % PROC_MAX];
		if (p->state == PROC_FREE) {
			hint = (hint + n + 1) % PROC_MAX;
			return p;
		}
	}
	return NULL;
}

struct proc *proc_alloc(void)
{
	struct proc *p = free_slot();

	if (!p)
		return NULL;
	memset(p, 0, sizeof(*p));
	p->state = PROC_ALIVE;
	p->pid = next_pid();
	p->start_ticks = read_cntvct();
	default_limits(p);
	p->used_next = used;
	if (used)
		used->used_prev = p;
	used = p;
	p->pid_next = by_pid[p->pid % PID_HASH];
	by_pid[p->pid % PID_HASH] = p;
	nprocs++;
	return p;
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
	for (struct proc **pp = &by_pid[p->pid % PID_HASH]; *pp; pp = &(*pp)->pid_next) {
		if (*pp == p) {
			*pp = p->pid_next;
			break;
		}
	}
	if (p->used_prev)
		p->used_prev->used_next = p->used_next;
	else
		used = p->used_next;
	if (p->used_next)
		p->used_next->used_prev = p->used_prev;
	p->state = PROC_FREE;
	nprocs--;
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
