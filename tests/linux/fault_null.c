/*
 * fault_null: a store through a NULL pointer ends the process with
 * SIGSEGV (fault_null.status), after what it printed; nothing else runs.
 */
#include "lt.h"

int main(void)
{
	volatile int *p = (volatile int *)0;

	printf("about to write through NULL\n");
	*p = 1;
	printf("not reached\n");
	return 0;
}
