/*
 * Validation of untrusted ELF images: every later use of a header field by
 * a loader may rely on what elf32_check() established.
 */
#include <elf32.h>
#include <string.h>

static const unsigned char elf_ident[6] = { 0x7f, 'E', 'L', 'F', 1 /* 32-bit */, 1 /* LE */ };

const struct elf32_phdr *elf32_phdr(const void *image, unsigned i)
{
	const struct elf32_ehdr *eh = image;

	return (const struct elf32_phdr *)((const char *)image + eh->e_phoff + i * sizeof(struct elf32_phdr));
}

static int segment_ok(const struct elf32_phdr *ph, size_t size, uint32_t va_limit)
{
	if (ph->p_filesz > ph->p_memsz)
		return 0;
	if (ph->p_offset > size || ph->p_filesz > size - ph->p_offset)
		return 0;
	if (ph->p_vaddr >= va_limit || ph->p_memsz > va_limit - ph->p_vaddr)
		return 0;
	return 1;
}

int elf32_check(const void *image, size_t size, uint32_t va_limit)
{
	const struct elf32_ehdr *eh = image;

	if (size < sizeof(*eh) || memcmp(eh->e_ident, elf_ident, sizeof(elf_ident)))
		return -ELF_ENOEXEC;
	if (eh->e_type != ET_EXEC || eh->e_machine != EM_ARM ||
	    eh->e_phentsize != sizeof(struct elf32_phdr) ||
	    eh->e_phnum == 0 || eh->e_phnum > ELF_MAX_PHNUM)
		return -ELF_ENOEXEC;
	if (eh->e_phoff > size || (size_t)eh->e_phnum * sizeof(struct elf32_phdr) > size - eh->e_phoff ||
	    (eh->e_phoff & 3))
		return -ELF_ENOEXEC;
	int nload = 0;
	for (unsigned i = 0; i < eh->e_phnum; i++) {
		const struct elf32_phdr *ph = elf32_phdr(image, i);
		if (ph->p_type == PT_INTERP)
			return -ELF_ENOEXEC;        /* dynamic executables: not supported */
		if (ph->p_type != PT_LOAD)
			continue;
		if (!segment_ok(ph, size, va_limit))
			return -ELF_ENOEXEC;
		nload++;
	}
	if (!nload || eh->e_entry >= va_limit)
		return -ELF_ENOEXEC;
	return 0;
}
