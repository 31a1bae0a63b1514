/*
 * fault_stack: a read far beyond any mapping (a wild pointer into the
 * gap above the heap) is SIGSEGV too, while the stack grows on demand
 * below its start: a 1 MiB local array is fine.
 */
#include "lt.h"

static int deep(void)
{
	volatile char big[1 << 20];

	for (unsigned i = 0; i < sizeof big; i += 4096)
		big[i] = (char)i;
	return big[4096];
}

int main(void)
{
	EXPECT_EQ("1 MiB on the stack", deep(), 0);
	volatile int *wild = (volatile int *)0x40000000;
	printf("about to read a wild pointer\n");
	printf("value %d\n", *wild);
	return 0;
}
