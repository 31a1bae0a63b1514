/*
 * fs0/events.c, the queue of signals fs0 raises for mm0: first in, first
 * out; the same signal is not queued twice in a row for one target, but
 * each target keeps the order of different signals; a full queue drops.
 * One queue per program, so the tests run in order and drain it.
 */
#include "unit.h"
#include "events.h"
#include <stdint.h>

static void drain(void)
{
	uint32_t out[2 * EVENTS_MAX];
	int more;

	events_take(out, EVENTS_MAX, &more);
}

static void fifo(void)
{
	uint32_t out[8];
	int more;

	CHECK_EQ(events_push(-5, 2), 1);
	CHECK_EQ(events_push(7, 13), 1);
	CHECK_EQ(events_push(-5, 28), 1);
	CHECK_EQ(events_count(), 3);
	CHECK_EQ(events_take(out, 2, &more), 2);
	CHECK(more);
	CHECK_EQ((int32_t)out[0], -5);
	CHECK_EQ(out[1], 2);
	CHECK_EQ(out[2], 7);
	CHECK_EQ(out[3], 13);
	CHECK_EQ(events_take(out, 4, &more), 1);
	CHECK(!more);
	CHECK_EQ(out[1], 28);
	CHECK_EQ(events_take(out, 4, &more), 0);
}

static void merging(void)
{
	uint32_t out[16];
	int more;

	CHECK_EQ(events_push(-5, 2), 1);
	CHECK_EQ(events_push(-5, 2), 0);        /* the same again: merged */
	CHECK_EQ(events_push(9, 13), 1);
	CHECK_EQ(events_push(-5, 2), 0);        /* still the last for -5 */
	CHECK_EQ(events_push(-6, 20), 1);
	CHECK_EQ(events_push(-6, 18), 1);
	CHECK_EQ(events_push(-6, 20), 1);       /* TSTP, CONT, TSTP keep their order */
	CHECK_EQ(events_take(out, 8, &more), 5);
	CHECK_EQ(out[7], 18);
	CHECK_EQ(out[9], 20);
}

static void full(void)
{
	for (int32_t i = 1; i <= EVENTS_MAX; i++)
		CHECK_EQ(events_push(i, 13), 1);
	CHECK_EQ(events_push(1000, 13), -1);    /* dropped */
	CHECK_EQ(events_push(EVENTS_MAX, 13), 0);
	CHECK_EQ(events_count(), EVENTS_MAX);
	drain();
	CHECK_EQ(events_count(), 0);
	CHECK_EQ(events_push(1000, 13), 1);     /* and wraps around */
	drain();
}

static const struct unit_test tests[] = {
	{ "fifo", fifo },
	{ "merging", merging },
	{ "full", full },
};

UNIT_MAIN("events", tests)
