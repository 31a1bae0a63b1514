/*
 * __glue_start_c: the C half of _start. Finds argv, envp and the auxiliary
 * vector on the initial stack, gives newlib its environ, runs the
 * constructors (preinit_array, _init, init_array) and arranges for the
 * destructors to run at exit, then exit(main(argc, argv, envp)).
 */
#include <stdlib.h>
#include "glue.h"

extern char **environ;
int main(int argc, char **argv, char **envp);
void __libc_init_array(void);
void __libc_fini_array(void);
_Noreturn void __glue_start_c(long *sp);

const struct linux_auxv *__glue_auxv;

_Noreturn void __glue_start_c(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;
	char **p = envp;

	while (*p)
		p++;
	__glue_auxv = (const struct linux_auxv *)(p + 1);
	environ = envp;

	atexit(__libc_fini_array);
	__libc_init_array();
	exit(main(argc, argv, envp));
}
