/*
 * Parked requests: a call that cannot finish yet (a read of an empty pipe
 * or of the console with no input, a write to a full pipe) is kept here
 * with its arguments and run again when something changes (pipe data,
 * console input, a close); the process stays blocked until fs0 replies. A
 * blocking write() to a pipe that only partly fits remembers how much went
 * in and continues with the rest, as Linux does. A process that goes away
 * drops its requests.
 */
#include "fs0.h"
#include "syscall_nr.h"

#define PENDING_MAX 64

struct pending {
	struct fsproc *fp;
	u32 args[8];            /* r0..r7 (r7 = the call number), advanced past what is done */
	u32 done;               /* bytes a write has already moved */
	u64 deadline;           /* counter value when a timed wait gives up, 0: never */
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

long pending_park(struct fsproc *fp, const u32 *args, u32 done)
{
	if (nparked == PENDING_MAX)
		return -LINUX_EAGAIN;
	parked[nparked].fp = fp;
	memcpy(parked[nparked].args, args, sizeof(parked[0].args));
	parked[nparked].args[1] += done;
	parked[nparked].args[2] -= done;
	parked[nparked].done = done;
	parked[nparked].deadline = call_ctx.deadline;
	nparked++;
	arm_alarm();
	return 0;
}

void pending_drop(struct fsproc *fp)
{
	for (u32 i = 0; i < nparked;) {
		if (parked[i].fp == fp)
			parked[i] = parked[--nparked];
		else
			i++;
	}
	arm_alarm();
}

long partial_write(struct fsproc *fp, const u32 *args, long r)
{
	if (args[7] != __NR_write || r <= 0 || (u32)r >= args[2] || !blocking_fifo(fp, (int)args[0]))
		return r;
	return pending_park(fp, args, (u32)r) == 0 ? CALL_PARKED : r;
}

/* Runs parked request i again: 1 if it finished (and was answered). */
static int retry(struct pending *p)
{
	call_ctx = (struct call_ctx){ 1, p->deadline };
	long r = linux_call(p->fp, p->args);

	if (r == VFS_PENDING)
		return 0;
	if (p->args[7] == __NR_write && r > 0 && (u32)r < p->args[2] && blocking_fifo(p->fp, (int)p->args[0])) {
		p->args[1] += (u32)r;   /* more went in; wait for room for the rest */
		p->args[2] -= (u32)r;
		p->done += (u32)r;
		return 0;
	}
	if (p->done)
		r = r < 0 ? (long)p->done : r + (long)p->done;
	p->args[1] -= p->done;          /* as the process made the call, for the trace */
	p->args[2] += p->done;
	reply_linux(p->fp, p->args, r);
	return 1;
}

void retry_pending(void)
{
	while (pipes_changed && nparked) {
		pipes_changed = 0;
		for (u32 i = 0; i < nparked;) {
			if (retry(&parked[i]))
				parked[i] = parked[--nparked];
			else
				i++;
		}
	}
	pipes_changed = 0;
	arm_alarm();
}
struct call_ctx call_ctx;
