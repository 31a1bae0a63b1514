/*
 * getauxval (<sys/auxv.h>, glibc 2.16): a value from the auxiliary vector
 * the process started with; 0 and ENOENT if the kernel did not supply it.
 * __glue_auxval is the errno-free form the glue uses itself.
 */
#include <sys/auxv.h>
#include "glue.h"

unsigned long __glue_auxval(unsigned long type, unsigned long dflt)
{
	const struct linux_auxv *a;

	for (a = __glue_auxv; a && a->a_type != LINUX_AT_NULL; a++)
		if (a->a_type == type)
			return a->a_val;
	return dflt;
}

unsigned long getauxval(unsigned long type)
{
	const struct linux_auxv *a;

	for (a = __glue_auxv; a && a->a_type != LINUX_AT_NULL; a++)
		if (a->a_type == type)
			return a->a_val;
	__syscall_ret(-LINUX_ENOENT);
	return 0;
}
