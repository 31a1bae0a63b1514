/*
 * Clock ids: newlib's <time.h> says CLOCK_REALTIME 1, CLOCK_MONOTONIC 4,
 * CLOCK_REALTIME_COARSE 0, CLOCK_MONOTONIC_RAW 5; Linux says 0, 1, 5, 4.
 * The others agree; any other value (Linux's dynamic CPU clocks are
 * negative) passes unchanged.
 */
#include <time.h>
#include "glue.h"

int __glue_clockid(clockid_t id)
{
	switch (id) {
	case 0: return LINUX_CLOCK_REALTIME_COARSE;  /* newlib CLOCK_REALTIME_COARSE */
	case 1: return LINUX_CLOCK_REALTIME;         /* newlib CLOCK_REALTIME */
	case 4: return LINUX_CLOCK_MONOTONIC;        /* newlib CLOCK_MONOTONIC */
	case 5: return LINUX_CLOCK_MONOTONIC_RAW;    /* newlib CLOCK_MONOTONIC_RAW */
	default: return (int)id;
	}
}
