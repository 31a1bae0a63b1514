/*
 * exit_exit: exit() from deep inside the program ends it with that status
 * (7, see exit_exit.status) after the atexit handlers and with stdio
 * flushed; _exit() in a handler would skip the rest, so none is used.
 */
#include "lt.h"

static void handler(void)
{
	printf("atexit handler ran\n");
}

static void nested(int depth)
{
	if (depth < 0)
		return;
	if (depth == 0) {
		printf("calling exit(7) at depth 0\n");
		exit(7);
	}
	nested(depth - 1);
	printf("not reached\n");
}

int main(void)
{
	EXPECT_OK("atexit", atexit(handler));
	lt_done();
	setvbuf(stdout, 0, _IOFBF, BUFSIZ);
	nested(5);
	return 0;
}
