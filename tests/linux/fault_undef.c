/*
 * fault_undef: a permanently undefined instruction (udf #0) ends the
 * process with SIGILL (fault_undef.status), after what it printed.
 */
#include "lt.h"

int main(void)
{
	printf("about to run an undefined instruction\n");
	__asm__ volatile(".inst 0xe7f000f0");   /* udf #0 (ARM) */
	printf("not reached\n");
	return 0;
}
