/* _getpid: newlib's getpid() ends here (getpid, 20). */
#include "protos.h"

pid_t _getpid(void)
{
	return __syscall(SYS_getpid);
}
