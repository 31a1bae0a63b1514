/*
 * mmap (<sys/mman.h>): mmap2 (192), whose offset counts 4096-byte units;
 * an offset that is not a multiple of that is EINVAL here, as in glibc.
 * The result is an address, so only -4095..-1 mean an error.
 */
#include <sys/mman.h>
#include "glue.h"

void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset)
{
	if (offset & ((1 << LINUX_MMAP2_UNIT_SHIFT) - 1))
		return (void *)__syscall_ret(-LINUX_EINVAL);
	return (void *)__sys_ret(SYS_mmap2, addr, len, prot, flags, fd,
				 (unsigned long)offset >> LINUX_MMAP2_UNIT_SHIFT);
}
