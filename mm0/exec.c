/*
 * Loading a static ARM ELF executable into a process and building the
 * Linux initial stack (argc, argv, envp, auxv as fs/binfmt_elf.c lays them
 * out). The file is read from fs0 a page at a time straight into the
 * frames that will back it; the whole image is loaded eagerly, so a later
 * page fault never needs fs0 (DESIGN.md section 2, rule 2).
 */
#include "mm0.h"
#include <elf32.h>
#include <linux_abi/auxv.h>
#include <linux_abi/stat.h>

#define STACK_INITIAL   (128u << 10)    /* stack area at start; it grows on faults */
#define ARG_MAX_BYTES   (128u << 10)    /* room for argument and environment strings */

struct image {
	u32 handle, size;
	u8 *hdr;                        /* the first page of the file */
	u32 hdr_bytes;
	u32 entry, phdr_va, phnum, brk;
};

/* Reads the file range [off, off+len) of the image into a page of the process. */
static long load_page_part(struct image *im, u32 pa, u32 page_off, u32 file_off, u32 len)
{
	long n = fs_exec_read(im->handle, file_off, len, (u8 *)phys_to_mm0(pa) + page_off);

	return n == (long)len ? 0 : -EIO;
}

static u32 segment_rights(const struct elf32_phdr *ph)
{
	return ((ph->p_flags & PF_R) ? VMA_READ : 0) | ((ph->p_flags & PF_W) ? VMA_WRITE : 0) |
	       ((ph->p_flags & PF_X) ? VMA_EXEC : 0);
}

static long load_segment(struct vm *vm, struct image *im, const struct elf32_phdr *ph)
{
	u32 va0 = ph->p_vaddr & PAGE_MASK, va1 = PAGE_ALIGN(ph->p_vaddr + ph->p_memsz);
	u32 rights = segment_rights(ph), file_end = ph->p_vaddr + ph->p_filesz;
	long err = vma_insert(vm, va0, va1, rights);

	if (err < 0)
		return err == -EEXIST ? -LINUX_ENOEXEC : err;
	for (u32 va = va0; va < va1; va += PAGE_SIZE) {
		u32 pa = vm_populate(vm, va);
		if (!pa)
			return -ENOMEM;
		u32 lo = va > ph->p_vaddr ? va : ph->p_vaddr;
		u32 hi = va + PAGE_SIZE < file_end ? va + PAGE_SIZE : file_end;
		if (lo < hi && (err = load_page_part(im, pa, lo - va, ph->p_offset + (lo - ph->p_vaddr),
						     hi - lo)) < 0)
			return err;
		if ((err = vm_fault(vm, va, 0)) < 0)            /* map it now, with its rights */
			return err;
	}
	if (va1 > im->brk)
		im->brk = va1;
	return 0;
}

/* Finds where the program headers are in memory (AT_PHDR). */
static u32 phdr_address(const struct image *im)
{
	const struct elf32_ehdr *eh = (const void *)im->hdr;

	for (u32 i = 0; i < eh->e_phnum; i++) {
		const struct elf32_phdr *ph = elf32_phdr(im->hdr, i);
		if (ph->p_type == PT_PHDR)
			return ph->p_vaddr;
	}
	for (u32 i = 0; i < eh->e_phnum; i++) {
		const struct elf32_phdr *ph = elf32_phdr(im->hdr, i);
		if (ph->p_type == PT_LOAD && ph->p_offset <= eh->e_phoff &&
		    eh->e_phoff - ph->p_offset < ph->p_filesz)
			return ph->p_vaddr + (eh->e_phoff - ph->p_offset);
	}
	return 0;
}

static long check_header(struct image *im)
{
	const struct elf32_ehdr *eh = (const void *)im->hdr;

	if (im->hdr_bytes < sizeof(*eh) || eh->e_phoff > im->hdr_bytes ||
	    (u32)eh->e_phnum * sizeof(struct elf32_phdr) > im->hdr_bytes - eh->e_phoff)
		return -LINUX_ENOEXEC;
	if (elf32_check(im->hdr, im->size, USER_LIMIT) < 0)
		return -LINUX_ENOEXEC;
	im->entry = eh->e_entry;
	im->phnum = eh->e_phnum;
	im->phdr_va = phdr_address(im);
	return 0;
}

static long load_segments(struct vm *vm, struct image *im)
{
	const struct elf32_ehdr *eh = (const void *)im->hdr;

	for (u32 i = 0; i < eh->e_phnum; i++) {
		const struct elf32_phdr *ph = elf32_phdr(im->hdr, i);
		if (ph->p_type != PT_LOAD || !ph->p_memsz)
			continue;
		if (ph->p_vaddr < MMAP_MIN)
			return -EINVAL;
		long err = load_segment(vm, im, ph);
		if (err < 0)
			return err;
	}
	return 0;
}

/* Pushes len bytes below *sp in the new image and returns their address. */
static u32 push(struct vm *vm, u32 *sp, const void *data, u32 len, long *err)
{
	*sp -= len;
	if (!*err && vm_copy_out(vm, *sp, data, len) != (long)len)
		*err = -EFAULT;
	return *sp;
}

static u32 push_strings(struct vm *vm, u32 *sp, const char *const *v, u32 n, u32 *addrs, long *err)
{
	for (u32 i = n; i-- > 0;)
		addrs[i] = push(vm, sp, v[i], strlen(v[i]) + 1, err);
	return n;
}

static u32 count(const char *const *v)
{
	u32 n = 0;

	while (v && v[n])
		n++;
	return n;
}

#define AUX(type, value) do { aux[naux++] = (type); aux[naux++] = (value); } while (0)

/* The Linux initial stack of process p's new image vm; returns the initial sp or -errno. */
static long build_stack(struct proc *p, struct vm *vm, const struct image *im, const char *path,
			const char *const *argv, const char *const *envp)
{
	u32 argc = count(argv), envc = count(envp), sp = STACK_TOP - sizeof(u32);
	u32 *argp = mm0_alloc((argc + envc + 2) * sizeof(u32)), *envptr = argp + argc + 1;
	u32 aux[64], naux = 0;
	u8 random[16];
	long err = argp ? 0 : -ENOMEM;

	if (err)
		return err;
	u32 execfn = push(vm, &sp, path, strlen(path) + 1, &err);
	push_strings(vm, &sp, envp, envc, envptr, &err);
	push_strings(vm, &sp, argv, argc, argp, &err);
	u32 platform = push(vm, &sp, "v7l", 4, &err);
	random_bytes(random, sizeof(random));
	u32 at_random = push(vm, &sp, random, sizeof(random), &err);
	AUX(LINUX_AT_HWCAP, linux_hwcap());
	AUX(LINUX_AT_PAGESZ, PAGE_SIZE);
	AUX(LINUX_AT_CLKTCK, 100);
	AUX(LINUX_AT_PHDR, im->phdr_va);
	AUX(LINUX_AT_PHENT, sizeof(struct elf32_phdr));
	AUX(LINUX_AT_PHNUM, im->phnum);
	AUX(LINUX_AT_BASE, 0);
	AUX(LINUX_AT_FLAGS, 0);
	AUX(LINUX_AT_ENTRY, im->entry);
	AUX(LINUX_AT_UID, p->cred.uid);
	AUX(LINUX_AT_EUID, p->cred.euid);
	AUX(LINUX_AT_GID, p->cred.gid);
	AUX(LINUX_AT_EGID, p->cred.egid);
	AUX(LINUX_AT_SECURE, 0);
	AUX(LINUX_AT_RANDOM, at_random);
	AUX(LINUX_AT_EXECFN, execfn);
	AUX(LINUX_AT_PLATFORM, platform);
	AUX(LINUX_AT_NULL, 0);
	argp[argc] = envptr[envc] = 0;
	u32 words = 1 + (argc + 1) + (envc + 1) + naux;
	sp = (sp - words * sizeof(u32)) & ~15u;
	if (!err && (vm_copy_out(vm, sp, &argc, 4) != 4 ||
		     vm_copy_out(vm, sp + 4, argp, (argc + 1) * 4) != (long)(argc + 1) * 4 ||
		     vm_copy_out(vm, sp + 8 + argc * 4, envptr, (envc + 1) * 4) != (long)(envc + 1) * 4 ||
		     vm_copy_out(vm, sp + 12 + (argc + envc) * 4, aux, naux * 4) != (long)naux * 4))
		err = -EFAULT;
	mm0_free(argp, (argc + envc + 2) * sizeof(u32));
	return err ? err : (long)sp;
}

long exec_peek(struct proc *p, const struct exec_file *f, char *buf, u32 len)
{
	u32 size, mode;
	long h = fs_exec_open(p->pid, f, &size, &mode);

	if (h < 0)
		return h;
	long n = 0;
	if (!LINUX_S_ISREG(mode) || !(mode & 0111))
		n = -EACCES;
	else if (size)
		n = fs_exec_read((u32)h, 0, size < len ? size : len, buf);
	fs_exec_close((u32)h);
	return n;
}

static long open_image(struct proc *p, const struct exec_file *f, struct image *im)
{
	u32 mode;
	long h = fs_exec_open(p->pid, f, &im->size, &mode);

	if (h < 0)
		return h;
	im->handle = (u32)h;
	if (!LINUX_S_ISREG(mode) || !(mode & 0111))
		return -EACCES;
	im->hdr = mm0_alloc(PAGE_SIZE);
	if (!im->hdr)
		return -ENOMEM;
	im->hdr_bytes = im->size < PAGE_SIZE ? im->size : PAGE_SIZE;
	if (fs_exec_read(im->handle, 0, im->hdr_bytes, im->hdr) != (long)im->hdr_bytes)
		return -EIO;
	return check_header(im);
}

long exec_load(struct proc *p, struct vm *vm, const struct exec_file *f, const char *execfn,
	       const char *const *argv, const char *const *envp, u32 *entry, u32 *sp)
{
	struct image im = { .handle = ~0u };
	long err = open_image(p, f, &im);

	if (!err)
		err = load_segments(vm, &im);
	if (!err)
		err = vma_insert(vm, STACK_TOP - STACK_INITIAL, STACK_TOP,
				 VMA_READ | VMA_WRITE | VMA_GROWSDOWN);
	if (!err) {
		vm->brk_start = vm->brk = im.brk;
		err = build_stack(p, vm, &im, execfn, argv, envp);
	}
	if (err >= 0) {
		*sp = (u32)err;
		*entry = im.entry;
		err = 0;
	}
	if (im.hdr)
		mm0_free(im.hdr, PAGE_SIZE);
	if (im.handle != ~0u)
		fs_exec_close(im.handle);
	return err;
}
