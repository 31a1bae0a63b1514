/*
 * Parked requests: a call that cannot finish yet (a read of an empty pipe
 * or of the console with no input, a write to a full pipe, a FIFO open
 * waiting for the other end, F_SETLKW, poll/select) is kept here with its
 * arguments and run again when something changes (pipe data, console
 * input, a close, a deadline); the process stays blocked until fs0
 * replies. A blocking write() to a pipe that only partly fits remembers
 * how much went in and continues with the rest, as Linux does. A call
 * that raised a job-control signal (SIGTTIN, SIGTTOU) waits for mm0 to
 * interrupt it; should mm0 not (the signal was discarded: the group was
 * orphaned or the signal ignored meanwhile), it starts again from the
 * top when mm0 next changes ids or dispositions, as Linux restarts such a
 * call after a discarded signal. FS0_INTERRUPT runs a parked call one last time and
 * gives mm0 what it returns as Linux's interrupted call would. A process
 * that goes away drops its request.
 *
 * A process has at most one call in fs0 (it is blocked in it), so the
 * table has room for every process.
 */
#include "fs0.h"
#include "syscall_nr.h"

#define PENDING_MAX FSPROC_MAX

struct pending {
	struct fsproc *fp;
	u32 args[8];            /* r0..r7 (r7 = the call number), advanced past what is done */
	u32 done;               /* bytes a write has already moved */
	u32 sigwait;            /* 1: waits for FS0_INTERRUPT only (a job-control signal) */
	u64 deadline;           /* counter value when a timed wait gives up, 0: never */
	u64 start;              /* call_ctx.start and word, kept for the retries */
	u32 word;
};

static struct pending parked[PENDING_MAX];
static u32 nparked;

/* The kernel alarm for the earliest deadline of a parked call (or none). */
static void arm_alarm(void)
{
	u64 first = 0;

	for (u32 i = 0; i < nparked; i++)
		if (parked[i].deadline && (!first || parked[i].deadline < first))
			first = parked[i].deadline;
	timer_alarm(first, NOTIFY_TIMER);
}

static struct pending *find(const struct fsproc *fp)
{
	for (u32 i = 0; i < nparked; i++)
		if (parked[i].fp == fp)
			return &parked[i];
	return NULL;
}

static void forget(struct pending *p)
{
	*p = parked[--nparked];
}

/* What the running call keeps while parked. */
static void keep_ctx(struct pending *p, int sigwait)
{
	p->sigwait = (u32)sigwait;
	p->deadline = call_ctx.deadline;
	p->start = call_ctx.start;
	p->word = call_ctx.word;
}

/*
 * Parks fp's call (args, `done` bytes of a write already moved): 0, or
 * -EAGAIN if the table is full. A call fp still had here is one mm0 gave
 * up without asking (it cannot be answered any more): it is replaced.
 */
static long park(struct fsproc *fp, const u32 *args, u32 done, int sigwait)
{
	struct pending *p = find(fp);

	if (!p) {
		if (nparked == PENDING_MAX)
			return -LINUX_EAGAIN;
		p = &parked[nparked++];
	}
	p->fp = fp;
	memcpy(p->args, args, sizeof(p->args));
	p->args[1] += done;
	p->args[2] -= done;
	p->done = done;
	keep_ctx(p, sigwait);
	arm_alarm();
	return 0;
}

long pending_start(struct fsproc *fp, const u32 *args, long r)
{
	int sigwait = r != VFS_PENDING;

	if (park(fp, args, 0, sigwait) == 0)
		return CALL_PARKED;
	vfs_open_cancel(fp->vp);        /* a FIFO open that cannot wait */
	return sigwait ? -LINUX_EINTR : -LINUX_EAGAIN;
}

void pending_drop(struct fsproc *fp)
{
	struct pending *p = find(fp);

	if (p)
		forget(p);
	arm_alarm();
}

long partial_write(struct fsproc *fp, const u32 *args, long r)
{
	if (args[7] != __NR_write || r <= 0 || (u32)r >= args[2] || !blocking_fifo(fp, (int)args[0]))
		return r;
	return park(fp, args, (u32)r, 0) == 0 ? CALL_PARKED : r;
}

/* The call's arguments as the process made it (for the trace). */
static void rewind_args(struct pending *p)
{
	p->args[1] -= p->done;
	p->args[2] += p->done;
}

/* A final result: a write's earlier bytes count (a later error is lost, as in Linux). */
static long with_done(const struct pending *p, long r)
{
	if (!p->done)
		return r;
	return r < 0 ? (long)p->done : r + (long)p->done;
}

/* Runs parked request p again: 1 if it finished (and was answered). */
static int retry(struct pending *p)
{
	call_ctx = (struct call_ctx){ p->fp, 1, 0, p->deadline, p->start, p->word };
	long r = linux_call(p->fp, p->args);

	if (r == VFS_PENDING || r == -LINUX_ERESTARTSYS) {
		keep_ctx(p, r != VFS_PENDING);
		return 0;
	}
	if (p->args[7] == __NR_write && r > 0 && (u32)r < p->args[2] && blocking_fifo(p->fp, (int)p->args[0])) {
		p->args[1] += (u32)r;   /* more went in; wait for room for the rest */
		p->args[2] -= (u32)r;
		p->done += (u32)r;
		return 0;
	}
	r = with_done(p, r);
	rewind_args(p);
	reply_linux(p->fp, p->args, r);
	return 1;
}

void retry_pending(void)
{
	while (pipes_changed && nparked) {
		pipes_changed = 0;
		for (u32 i = 0; i < nparked;) {
			if (!parked[i].sigwait && retry(&parked[i]))
				forget(&parked[i]);
			else
				i++;
		}
	}
	pipes_changed = 0;
	arm_alarm();
}

/* A call that raised a job-control signal runs again from its start: 1 if it finished. */
static int restart(struct pending *p)
{
	call_ctx = (struct call_ctx){ .fp = p->fp };
	long r = linux_call(p->fp, p->args);

	if (r == VFS_PENDING || r == -LINUX_ERESTARTSYS) {
		keep_ctx(p, r != VFS_PENDING);
		return 0;
	}
	reply_linux(p->fp, p->args, r);
	return 1;
}

void pending_recheck(void)
{
	for (u32 i = 0; i < nparked;) {
		if (parked[i].sigwait && restart(&parked[i]))
			forget(&parked[i]);
		else
			i++;
	}
	arm_alarm();
}

/*
 * The parked call of p cut short by a signal: run once more as
 * interrupted (what is ready now still counts, as Linux checks before it
 * looks at signals); a call that would still wait gives -ERESTARTSYS
 * (handlers with another restart code return it themselves), a write
 * that moved bytes gives them, and a FIFO open gives up its end.
 */
static long interrupted_result(struct pending *p)
{
	if (p->sigwait)
		return -LINUX_ERESTARTSYS;
	call_ctx = (struct call_ctx){ p->fp, 1, 1, p->deadline, p->start, p->word };
	long r = linux_call(p->fp, p->args);
	if (r == VFS_PENDING)
		r = -LINUX_ERESTARTSYS;
	if (r < 0)
		vfs_open_cancel(p->fp->vp);
	return with_done(p, r);
}

int pending_interrupt(struct fsproc *fp, long *result)
{
	struct pending *p = find(fp);

	if (!p)
		return 0;
	*result = interrupted_result(p);
	rewind_args(p);
	trace_call(fp, p->args, *result);
	forget(p);
	arm_alarm();
	return 1;
}

struct call_ctx call_ctx;
