/*
 * exit_main: returning from main is exit(): atexit handlers run in reverse
 * order of registration, stdio buffers are flushed, destructors run, and
 * the process's status is main's return value (42, see exit_main.status).
 */
#include "lt.h"

static void first(void) { printf("atexit: registered first, runs last\n"); }
static void second(void) { printf("atexit: registered second, runs first\n"); }

__attribute__((destructor)) static void destructor(void)
{
	printf("destructor runs\n");
}

int main(void)
{
	EXPECT_OK("atexit first", atexit(first));
	EXPECT_OK("atexit second", atexit(second));
	lt_done();
	/* a fully buffered last line: only the exit path flushes it */
	setvbuf(stdout, 0, _IOFBF, BUFSIZ);
	printf("returning 42 from main\n");
	return 42;
}
