/*
 * vfork (<unistd.h>): fork. A vfork written in C cannot return twice into
 * one stack frame safely; fork gives the same results to a correct program.
 */
#include <unistd.h>

pid_t vfork(void)
{
	return fork();
}
