/*
 * fs0's side of signals (mm0 owns them; fs0 never calls it):
 *   raising  fs0_signal queues a signal for a process or group (events.c)
 *            and notifies mm0 (MM0_NOTIFY_FS0) at once, so the notification
 *            is out before fs0 answers the process concerned; mm0 fetches
 *            the queue with FS0_EVENTS.
 *   interrupting  FS0_INTERRUPT: mm0 stopped a process inside a forwarded
 *            call and asks what became of it: parked (pending.c gives the
 *            interrupted result), done with a reply that found the process
 *            no longer waiting (kept here, one per process), or unknown.
 */
#include "fs0.h"
#include "events.h"

_Static_assert(JC_TTIN_IGNORED == FS0_TTIN_IGNORED && JC_TTOU_IGNORED == FS0_TTOU_IGNORED &&
	       JC_ORPHANED == FS0_ORPHANED, "jobctl.h's sigtty bits are proto.h's");
_Static_assert(2 * FS0_EVENTS_MAX + 1 <= MR_MAX, "FS0_EVENTS fits in one message");

void fs0_signal(s32 target, u32 sig)
{
	int r = events_push(target, sig);

	if (r < 0)
		printf("fs0: signal queue full: signal %u for %ld dropped\n", sig, (long)target);
	else if (r > 0)
		notify(mm0_tid, MM0_NOTIFY_FS0);
}

/* jobctl.c's hook */
void jc_signal(int32_t target, uint32_t sig)
{
	fs0_signal(target, sig);
}

/* FS0_EVENTS: mr0 = n | FS0_EVENTS_MORE, then n pairs (target, signal). */
void events_reply(struct msg *m)
{
	uint32_t words[2 * FS0_EVENTS_MAX];
	int more;
	u32 n = events_take(words, FS0_EVENTS_MAX, &more);

	for (u32 i = 0; i < 2 * n; i++) {
		if (1 + i < MR_IN_REGS)
			m->mr[1 + i] = words[i];
		else
			utcb()->mr[1 + i] = words[i];
	}
	m->tag = TAG(0, 1 + 2 * n);
	m->mr[0] = n | (more ? FS0_EVENTS_MORE : 0);
}

/* FS0_INTERRUPT: mr0 FS0_INTR_*, mr1 the result. */
void interrupt_reply(u32 pid, struct msg *m)
{
	struct fsproc *fp = fsproc_by_pid(pid);
	long result = 0;
	u32 what = FS0_INTR_NONE;

	if (fp && pending_interrupt(fp, &result)) {
		what = FS0_INTR_PARKED;
	} else if (fp && fp->late.valid) {
		what = FS0_INTR_DONE;
		result = fp->late.result;
		fp->late.valid = 0;
	}
	m->tag = TAG(0, 2);
	m->mr[0] = what;
	m->mr[1] = (u32)result;
}

void reply_failed(u32 tid, u32 result, long err)
{
	struct fsproc *fp = err == -EAGAIN ? fsproc_by_tid(tid) : NULL;

	if (fp) {
		fp->late.valid = 1;
		fp->late.result = (long)result;
	}
}
