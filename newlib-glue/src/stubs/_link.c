/* _link: newlib's link() ends here (link, 9). */
#include "protos.h"

int _link(const char *old, const char *new)
{
	return __sys_ret(SYS_link, old, new);
}
