/*
 * Pending signals, as Linux's struct sigpending keeps them: one bit per
 * signal in p->sigpending with the first instance's siginfo in
 * p->info[sig - 1]; a real-time signal sent again while pending queues
 * another instance (with its own siginfo) on p->rtq, oldest first, so
 * each one is delivered. Standard signals never queue. The queue's
 * entries come from mm0's heap (the integrity check counts them).
 *
 * RLIMIT_SIGPENDING bounds the real-time instances a process may have
 * pending (Linux counts per user; everyone here is root, so per process):
 * past it, one that carries data (sigqueue, tgkill) is refused with
 * EAGAIN, and kill's plain SI_USER one only sets the pending bit, as
 * Linux's __send_signal_locked does.
 */
#include "syscall.h"
#include "signal.h"

struct sigq {
	struct sigq *next;
	u32 sig;
	struct sig_info si;
};

/* Linux's synchronous signals: delivered before any other (next_signal) */
#define SYNC_SIGNALS (SIGBIT(LINUX_SIGSEGV) | SIGBIT(LINUX_SIGBUS) | SIGBIT(LINUX_SIGILL) | \
		      SIGBIT(LINUX_SIGTRAP) | SIGBIT(LINUX_SIGFPE) | SIGBIT(LINUX_SIGSYS))

static int is_rt(u32 sig)
{
	return sig >= LINUX_SIGRTMIN;
}

static u32 instances(const struct proc *p)
{
	return (u32)__builtin_popcountll(p->sigpending) + p->rtq_len;
}

/* Another instance of pending rt signal sig, queued after the others: 0 or -EAGAIN. */
static long enqueue(struct proc *p, u32 sig, const struct sig_info *si)
{
	struct sigq *q = mm0_alloc(sizeof(*q));

	if (!q)
		return si->code != LINUX_SI_USER ? -LINUX_EAGAIN : 0;
	q->sig = sig;
	q->si = *si;
	struct sigq **tail = &p->rtq;
	while (*tail)
		tail = &(*tail)->next;
	*tail = q;
	p->rtq_len++;
	return 0;
}

long pending_add(struct proc *p, u32 sig, const struct sig_info *si)
{
	int first = !(p->sigpending & SIGBIT(sig));

	if (is_rt(sig) && instances(p) >= p->rlim[LINUX_RLIMIT_SIGPENDING].rlim_cur) {
		if (si->code != LINUX_SI_USER)
			return -LINUX_EAGAIN;
		if (!first)
			return 0;       /* kill: the pending bit is what gets through */
	} else if (!first) {
		return is_rt(sig) ? enqueue(p, sig, si) : 0;    /* standard signals do not queue */
	}
	p->sigpending |= SIGBIT(sig);
	p->info[sig - 1] = *si;
	return 0;
}

u32 pending_next(const struct proc *p, u64 set)
{
	u64 ready = p->sigpending & set;

	if (ready & SYNC_SIGNALS)
		ready &= SYNC_SIGNALS;
	return ready ? (u32)__builtin_ctzll(ready) + 1 : 0;
}

void pending_take(struct proc *p, u32 sig, struct sig_info *si)
{
	*si = p->info[sig - 1];
	for (struct sigq **pq = &p->rtq; *pq; pq = &(*pq)->next) {
		struct sigq *q = *pq;
		if (q->sig != sig)
			continue;
		p->info[sig - 1] = q->si;       /* the next instance moves up */
		*pq = q->next;
		p->rtq_len--;
		mm0_free(q, sizeof(*q));
		return;
	}
	p->sigpending &= ~SIGBIT(sig);
}

void pending_drop(struct proc *p, u64 set)
{
	p->sigpending &= ~set;
	for (struct sigq **pq = &p->rtq; *pq;) {
		struct sigq *q = *pq;
		if (!(set & SIGBIT(q->sig))) {
			pq = &q->next;
			continue;
		}
		*pq = q->next;
		p->rtq_len--;
		mm0_free(q, sizeof(*q));
	}
}
