/*
 * sleep (<unistd.h>): nanosleep for the seconds; a signal that interrupts
 * it returns the seconds left (rounded up, as glibc does).
 */
#include <time.h>
#include <unistd.h>
#include "glue.h"

unsigned sleep(unsigned seconds)
{
	struct timespec ts = { .tv_sec = seconds }, rem;

	if (nanosleep(&ts, &rem))
		return (unsigned)rem.tv_sec + (rem.tv_nsec > 0);
	return 0;
}
