/* uname (<sys/utsname.h>): uname (122, Linux's newuname) straight into the caller's struct. */
#include <sys/utsname.h>
#include "glue.h"

_Static_assert(sizeof(struct utsname) == sizeof(struct linux_utsname), "struct utsname layout");

int uname(struct utsname *u)
{
	return __sys_ret(SYS_uname, u);
}
