/* mknod (<sys/stat.h>): mknod (14); newlib's dev_t is 16-bit, Linux's new_encode_dev form. */
#include <sys/stat.h>
#include "glue.h"

int mknod(const char *path, mode_t mode, dev_t dev)
{
	return __sys_ret(SYS_mknod, path, mode, (unsigned short)dev);
}
