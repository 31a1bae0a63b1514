/* efault_uname: a bad buffer for uname (122) and sysinfo (116): EFAULT. */
#include "lt.h"

int main(void)
{
	EXPECT_ERR("uname(bad)", syscall(SYS_uname, BAD), EFAULT);
	EXPECT_ERR("sysinfo(bad)", syscall(SYS_sysinfo, BAD), EFAULT);
	return lt_done();
}
