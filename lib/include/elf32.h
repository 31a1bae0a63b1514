/*
 * ELF32 (ARM, little-endian, ET_EXEC) parsing shared by the kernel (loading
 * mm0), mm0 (loading servers and, later, Linux programs) and host tests.
 */
#ifndef LIB_ELF32_H
#define LIB_ELF32_H

#include <stdint.h>
#include <stddef.h>

#define ET_EXEC     2
#define EM_ARM      40
#define PT_NULL     0
#define PT_LOAD     1
#define PT_INTERP   3
#define PT_NOTE     4
#define PT_PHDR     6
#define PT_TLS      7
#define PT_GNU_STACK 0x6474e551u
#define PF_X        1
#define PF_W        2
#define PF_R        4

struct elf32_ehdr {
	unsigned char e_ident[16];
	uint16_t e_type;
	uint16_t e_machine;
	uint32_t e_version;
	uint32_t e_entry;
	uint32_t e_phoff;
	uint32_t e_shoff;
	uint32_t e_flags;
	uint16_t e_ehsize;
	uint16_t e_phentsize;
	uint16_t e_phnum;
	uint16_t e_shentsize;
	uint16_t e_shnum;
	uint16_t e_shstrndx;
};

struct elf32_phdr {
	uint32_t p_type;
	uint32_t p_offset;
	uint32_t p_vaddr;
	uint32_t p_paddr;
	uint32_t p_filesz;
	uint32_t p_memsz;
	uint32_t p_flags;
	uint32_t p_align;
};

_Static_assert(sizeof(struct elf32_ehdr) == 52, "Elf32_Ehdr");
_Static_assert(sizeof(struct elf32_phdr) == 32, "Elf32_Phdr");

#define ELF_MAX_PHNUM 64

/*
 * Checks that image[0..size) is a static ARM ET_EXEC whose program headers
 * and PT_LOAD segments lie inside the file, do not wrap, and load below
 * va_limit. Returns 0, or -ENOEXEC-style -8 (the Linux ENOEXEC number).
 */
int elf32_check(const void *image, size_t size, uint32_t va_limit);

/* The i-th program header of a checked image. */
const struct elf32_phdr *elf32_phdr(const void *image, unsigned i);

#define ELF_ENOEXEC 8

#endif
