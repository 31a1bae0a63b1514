/*
 * getauxval: the auxiliary vector the kernel left after envp: AT_PAGESZ
 * 4096, AT_ENTRY is _start, AT_PHDR points at this ELF's program headers
 * (AT_PHNUM of them, AT_PHENT bytes each, one of them PT_LOAD with
 * offset 0), AT_HWCAP says VFP (we run hard-float code), AT_RANDOM points
 * at 16 bytes, AT_SECURE is 0, AT_CLKTCK 100, AT_EXECFN is a path ending
 * in the program's name; an absent type is 0 with ENOENT.
 */
#include "lt.h"
#include <stdint.h>
#include <sys/auxv.h>

extern char _start[];

struct phdr {
	uint32_t p_type, p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_flags, p_align;
};

int main(void)
{
	const struct phdr *ph = (const struct phdr *)getauxval(AT_PHDR);
	unsigned long n = getauxval(AT_PHNUM), i;
	const char *fn = (const char *)getauxval(AT_EXECFN);
	int load0 = 0;

	EXPECT_EQ("AT_PAGESZ", getauxval(AT_PAGESZ), 4096);
	EXPECT_TRUE("AT_ENTRY is _start", getauxval(AT_ENTRY) == (unsigned long)_start);
	EXPECT_EQ("AT_PHENT", getauxval(AT_PHENT), 32);
	EXPECT_TRUE("AT_PHNUM in 2..16", n >= 2 && n <= 16);
	for (i = 0; ph && i < n; i++)
		load0 |= ph[i].p_type == 1 && ph[i].p_offset == 0 && ph[i].p_vaddr == 0x10000;
	EXPECT_TRUE("AT_PHDR: a PT_LOAD of offset 0 at 0x10000", load0);
	EXPECT_TRUE("AT_HWCAP has VFP", getauxval(AT_HWCAP) & HWCAP_VFP);
	EXPECT_TRUE("AT_HWCAP has VFPv3", getauxval(AT_HWCAP) & HWCAP_VFPv3);
	EXPECT_TRUE("AT_RANDOM is set", getauxval(AT_RANDOM) != 0);
	EXPECT_EQ("AT_SECURE", getauxval(AT_SECURE), 0);
	EXPECT_EQ("AT_CLKTCK", getauxval(AT_CLKTCK), 100);
	EXPECT_TRUE("AT_EXECFN ends in /getauxval",
		    fn && strlen(fn) >= 10 && !strcmp(fn + strlen(fn) - 10, "/getauxval"));
	errno = 0;
	EXPECT_EQ("getauxval(AT_IGNORE) (never present)", getauxval(AT_IGNORE), 0);
	EXPECT_STR("errno", errname(errno), "ENOENT");
	errno = 0;
	EXPECT_EQ("getauxval(12345)", getauxval(12345), 0);
	EXPECT_STR("errno", errname(errno), "ENOENT");
	return lt_done();
}
