/*
 * Memory calls: brk, mmap2, munmap, mprotect, madvise, msync, mremap —
 * with Linux's alignment and error rules. A file mapping is read in full
 * when it is made (the contents come from fs0), so later faults in it
 * never need fs0; a MAP_SHARED one of a file open for writing keeps the
 * file (mapfile.c) and is written back at msync, munmap and exit.
 * MAP_SHARED memory is shared with forked children (VMA_SHARED).
 */
#include "syscall.h"
#include <linux_abi/mman.h>

#define PROT_KNOWN (LINUX_PROT_READ | LINUX_PROT_WRITE | LINUX_PROT_EXEC | LINUX_PROT_SEM | \
		    LINUX_PROT_GROWSDOWN | LINUX_PROT_GROWSUP)

static u32 prot_rights(u32 prot)
{
	return ((prot & LINUX_PROT_READ) ? VMA_READ : 0) | ((prot & LINUX_PROT_WRITE) ? VMA_WRITE : 0) |
	       ((prot & LINUX_PROT_EXEC) ? VMA_EXEC : 0);
}

/* 1 if no area overlaps [start, end). */
static int range_free(struct vm *vm, u32 start, u32 end)
{
	for (struct vma *v = vm->vmas; v; v = v->next)
		if (v->start < end && start < v->end)
			return 0;
	return 1;
}

long sys_brk(struct call *c)
{
	struct vm *vm = &c->p->vm;
	u32 want = c->a[0], old_end = PAGE_ALIGN(vm->brk), new_end = PAGE_ALIGN(want);

	if (want < vm->brk_start || new_end < want || new_end > MMAP_TOP)
		return vm->brk;
	if (new_end > old_end) {
		if (!range_free(vm, old_end, new_end) ||
		    vma_insert(vm, old_end, new_end, VMA_READ | VMA_WRITE | VMA_HEAP) < 0)
			return vm->brk;
	} else if (new_end < old_end) {
		vma_remove(vm, new_end, old_end);
	}
	vm->brk = want;
	return want;
}

/* Where a new mapping of len bytes goes: the hint if it is free, else the highest gap. */
static u32 place(struct vm *vm, u32 hint, u32 len)
{
	hint &= PAGE_MASK;
	if (hint >= MMAP_MIN && hint + len > hint && hint + len <= USER_LIMIT &&
	    range_free(vm, hint, hint + len))
		return hint;
	return vm_find_gap(vm, len, MMAP_TOP);
}

/*
 * Fills [start, start + len) of a new file mapping from fd at offset; the
 * whole pages past the file's end become a VMA_PAST_EOF area (SIGBUS when
 * touched, as on Linux; the rest of the last page reads as zeroes).
 */
static long read_file_pages(struct call *c, u32 start, u32 len, u32 fd, u64 offset, u32 flags)
{
	struct vm *vm = &c->p->vm;
	u32 done;

	for (done = 0; done < len; done += PAGE_SIZE) {
		u32 pa = vm_populate(vm, start + done);
		if (!pa)
			return -LINUX_ENOMEM;
		long n = fs_file_read(c->p->pid, fd, offset + done, PAGE_SIZE, phys_to_mm0(pa));
		if (n < 0)
			return n;
		if (n < (long)PAGE_SIZE) {
			done += n ? PAGE_SIZE : 0;
			break;
		}
	}
	if (done >= len)
		return 0;
	vma_remove(vm, start + done, start + len);
	return vma_insert(vm, start + done, start + len, flags | VMA_PAST_EOF) < 0 ? -LINUX_ENOMEM : 0;
}

static long mmap_checks(u32 addr, u32 len, u32 prot, u32 flags)
{
	u32 type = flags & LINUX_MAP_TYPE;

	if (!len)
		return -LINUX_EINVAL;
	if (PAGE_ALIGN(len) < len || PAGE_ALIGN(len) > USER_LIMIT)
		return -LINUX_ENOMEM;
	if (type != LINUX_MAP_PRIVATE && type != LINUX_MAP_SHARED && type != LINUX_MAP_SHARED_VALIDATE)
		return -LINUX_EINVAL;
	if ((flags & (LINUX_MAP_FIXED | LINUX_MAP_FIXED_NOREPLACE)) && (addr & ~PAGE_MASK))
		return -LINUX_EINVAL;
	if (prot & ~PROT_KNOWN)
		return -LINUX_EINVAL;
	return 0;
}

long sys_mmap2(struct call *c)
{
	u32 addr = c->a[0], len = c->a[1], prot = c->a[2], flags = c->a[3], fd = c->a[4];
	u64 offset = (u64)c->a[5] << 12;
	struct vm *vm = &c->p->vm;
	long err = mmap_checks(addr, len, prot, flags);

	if (err < 0)
		return err;
	len = PAGE_ALIGN(len);
	int anon = (flags & LINUX_MAP_ANONYMOUS) != 0;
	int shared_write = (flags & LINUX_MAP_TYPE) != LINUX_MAP_PRIVATE && (prot & LINUX_PROT_WRITE);
	if (!anon && (err = fs_file_check(c->p->pid, fd, shared_write)) < 0)
		return err;
	int shared = (flags & LINUX_MAP_TYPE) != LINUX_MAP_PRIVATE;
	struct map_file *mf = NULL;
	if (!anon && shared && fs_file_check(c->p->pid, fd, 1) == 0 && !(mf = mapfile_hold(c->p->pid, fd, &err)))
		return err;
	u32 start;
	if (flags & (LINUX_MAP_FIXED | LINUX_MAP_FIXED_NOREPLACE)) {
		if (addr < MMAP_MIN || addr + len < addr || addr + len > USER_LIMIT)
			return -LINUX_ENOMEM;
		if (!range_free(vm, addr, addr + len)) {
			err = (flags & LINUX_MAP_FIXED_NOREPLACE) ? -LINUX_EEXIST : 0;
			if (!err)
				vma_remove(vm, addr, addr + len);
		}
		start = addr;
	} else if (!(start = place(vm, addr, len))) {
		err = -LINUX_ENOMEM;
	}
	u32 kind = ((flags & LINUX_MAP_GROWSDOWN) ? VMA_GROWSDOWN : 0) | (shared ? VMA_SHARED : 0);
	if (!err)
		err = vma_insert(vm, start, start + len, prot_rights(prot) | kind);
	if (!err && !anon)
		err = read_file_pages(c, start, len, fd, offset, prot_rights(prot) | kind);
	if (!err && mf)
		vma_set_file(vm, start, mf, offset);
	if (mf)
		mapfile_unref(mf);              /* the area has its own reference now */
	if (err < 0) {
		if (start)
			vma_remove(vm, start, start + len);
		return err;
	}
	return start;
}

long sys_munmap(struct call *c)
{
	u32 addr = c->a[0], len = PAGE_ALIGN(c->a[1]);

	if ((addr & ~PAGE_MASK) || !c->a[1] || len < c->a[1] || addr + len < addr ||
	    addr + len > USER_LIMIT)
		return -LINUX_EINVAL;
	return vma_remove(&c->p->vm, addr, addr + len);
}

long sys_mprotect(struct call *c)
{
	u32 addr = c->a[0], len = PAGE_ALIGN(c->a[1]), prot = c->a[2];

	if ((addr & ~PAGE_MASK) || len < c->a[1] || (prot & ~PROT_KNOWN) ||
	    (prot & (LINUX_PROT_GROWSDOWN | LINUX_PROT_GROWSUP)) == (LINUX_PROT_GROWSDOWN | LINUX_PROT_GROWSUP))
		return -LINUX_EINVAL;
	if (!len)
		return 0;
	if (addr + len < addr || addr + len > USER_LIMIT)
		return -LINUX_ENOMEM;
	return vma_protect(&c->p->vm, addr, addr + len, prot_rights(prot));
}

long sys_msync(struct call *c)
{
	u32 addr = c->a[0], len = PAGE_ALIGN(c->a[1]), flags = c->a[2];

	if ((flags & ~(LINUX_MS_ASYNC | LINUX_MS_INVALIDATE | LINUX_MS_SYNC)) || (addr & ~PAGE_MASK) ||
	    ((flags & LINUX_MS_ASYNC) && (flags & LINUX_MS_SYNC)))
		return -LINUX_EINVAL;
	if (addr + len < addr)
		return -LINUX_ENOMEM;
	return len ? vm_sync(&c->p->vm, addr, addr + len) : 0;
}

/* mremap to a new place: the pages move, the old range goes. */
static long mremap_move(struct vm *vm, u32 old, u32 old_len, u32 to, u32 new_len)
{
	u32 keep = old_len < new_len ? old_len : new_len;
	long err = vm_move(vm, old, to, keep);

	if (!err && new_len > keep && vma_insert(vm, to + keep, to + new_len, vma_find(vm, to)->flags) < 0)
		err = -LINUX_ENOMEM;
	if (err < 0) {
		vma_remove(vm, to, to + new_len);
		return -LINUX_ENOMEM;
	}
	vma_remove(vm, old, old + old_len);
	return to;
}

long sys_mremap(struct call *c)
{
	u32 old = c->a[0], flags = c->a[3], new_addr = c->a[4];
	u32 old_len = PAGE_ALIGN(c->a[1]), new_len = PAGE_ALIGN(c->a[2]);
	struct vm *vm = &c->p->vm;

	if ((flags & ~(LINUX_MREMAP_MAYMOVE | LINUX_MREMAP_FIXED)) || (old & ~PAGE_MASK) ||
	    ((flags & LINUX_MREMAP_FIXED) && !(flags & LINUX_MREMAP_MAYMOVE)))
		return -LINUX_EINVAL;
	if (!new_len || new_len < c->a[2] || old_len < c->a[1] || !old_len)
		return -LINUX_EINVAL;
	struct vma *v = vma_find(vm, old);
	if (!v || old + old_len < old || old + old_len > v->end)
		return -LINUX_EFAULT;
	if (flags & LINUX_MREMAP_FIXED) {
		if ((new_addr & ~PAGE_MASK) || new_addr < MMAP_MIN || new_addr + new_len > USER_LIMIT ||
		    (new_addr < old + old_len && old < new_addr + new_len))
			return -LINUX_EINVAL;
		vma_remove(vm, new_addr, new_addr + new_len);
		return mremap_move(vm, old, old_len, new_addr, new_len);
	}
	if (new_len <= old_len) {
		vma_remove(vm, old + new_len, old + old_len);
		return old;
	}
	if (old + new_len > old && old + new_len <= USER_LIMIT && range_free(vm, old + old_len, old + new_len) &&
	    !v->file && vma_insert(vm, old + old_len, old + new_len, v->flags) == 0)
		return old;                     /* grown in place */
	u32 to = (flags & LINUX_MREMAP_MAYMOVE) ? vm_find_gap(vm, new_len, MMAP_TOP) : 0;
	return to ? mremap_move(vm, old, old_len, to, new_len) : -LINUX_ENOMEM;
}

static int advice_known(u32 advice)
{
	return advice <= LINUX_MADV_DONTNEED || (advice >= LINUX_MADV_FREE && advice <= LINUX_MADV_COLLAPSE);
}

long sys_madvise(struct call *c)
{
	u32 addr = c->a[0], len = PAGE_ALIGN(c->a[1]), advice = c->a[2];

	if ((addr & ~PAGE_MASK) || len < c->a[1] || !advice_known(advice))
		return -LINUX_EINVAL;
	if (!len)
		return 0;
	if (addr + len < addr || !vm_covered(&c->p->vm, addr, addr + len))
		return -LINUX_ENOMEM;
	if (advice == LINUX_MADV_DONTNEED || advice == LINUX_MADV_FREE)
		vm_discard(&c->p->vm, addr, addr + len);        /* reads as zeroes afterwards */
	return 0;                                               /* the others are hints */
}
