/*
 * The signals fs0 raises, queued until mm0 collects them (FS0_EVENTS):
 * a bounded FIFO of (target, signal). A signal that is already the last
 * one queued for the same target is not queued again (standard signals
 * do not queue; keeping each target's order keeps a SIGTSTP, SIGCONT,
 * SIGTSTP sequence meaningful). Pure logic, host-tested in
 * tests/host/test_events.c.
 */
#ifndef FS0_EVENTS_H
#define FS0_EVENTS_H

#include <stdint.h>

#define EVENTS_MAX 64

/* Queues sig for target (> 0 a pid, < 0 minus a group): 1 queued, 0 merged, -1 full (dropped). */
int events_push(int32_t target, uint32_t sig);
/*
 * Moves up to max of the oldest events into out as pairs (target, sig):
 * the number moved; *more is set if some remain.
 */
uint32_t events_take(uint32_t *out, uint32_t max, int *more);
/* Events waiting. */
uint32_t events_count(void);

#endif
