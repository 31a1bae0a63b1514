/*
 * _lseek: newlib's lseek() and fseek() end here (lseek, 19). newlib's
 * off_t is 32-bit, so the 32-bit call is the exact match: Linux answers
 * -EOVERFLOW for a position it cannot represent.
 */
#include "protos.h"

_off_t _lseek(int fd, _off_t offset, int whence)
{
	return __sys_ret(SYS_lseek, fd, offset, whence);
}
