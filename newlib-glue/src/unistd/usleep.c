/* usleep (<unistd.h>): nanosleep for the microseconds. */
#include <time.h>
#include <unistd.h>
#include "glue.h"

int usleep(useconds_t usec)
{
	struct timespec ts = { .tv_sec = usec / 1000000, .tv_nsec = (usec % 1000000) * 1000L };

	return nanosleep(&ts, &ts);
}
