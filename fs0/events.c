/*
 * The queue of signals for mm0; see events.h. A ring of EVENTS_MAX.
 */
#include "events.h"

struct event {
	int32_t target;
	uint32_t sig;
};

static struct event ring[EVENTS_MAX];
static uint32_t head, count;

static struct event *at(uint32_t i)
{
	return &ring[(head + i) % EVENTS_MAX];
}

/* The newest queued event for target, or NULL. */
static const struct event *last_for(int32_t target)
{
	for (uint32_t i = count; i > 0; i--)
		if (at(i - 1)->target == target)
			return at(i - 1);
	return 0;
}

int events_push(int32_t target, uint32_t sig)
{
	const struct event *last = last_for(target);

	if (last && last->sig == sig)
		return 0;
	if (count == EVENTS_MAX)
		return -1;
	*at(count++) = (struct event){ target, sig };
	return 1;
}

uint32_t events_take(uint32_t *out, uint32_t max, int *more)
{
	uint32_t n = count < max ? count : max;

	for (uint32_t i = 0; i < n; i++) {
		out[2 * i] = (uint32_t)at(i)->target;
		out[2 * i + 1] = at(i)->sig;
	}
	head = (head + n) % EVENTS_MAX;
	count -= n;
	*more = count != 0;
	return n;
}

uint32_t events_count(void)
{
	return count;
}
