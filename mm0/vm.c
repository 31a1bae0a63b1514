/*
 * Process memory: areas, the software page table, demand-zero faults,
 * stack growth, copy-on-write, and copying to and from a process through
 * mm0's physical window. Rights come from the area; a page present in the
 * software table may be absent from the hardware table (after mprotect or
 * fork), in which case the next access faults and is mapped again with the
 * area's rights. Copy-on-write needs no objects of its own: a private page
 * whose frame has more than one reference (after fork) is mapped
 * read-only, and a write to it copies the frame (or, once the other
 * references are gone, just maps it writable again).
 */
#include "mm0.h"

#define L1_BYTES (VM_L1_ENTRIES * sizeof(u32 *))
#define L2_BYTES (VM_L2_ENTRIES * sizeof(u32))

long vm_init(struct vm *vm, u32 space)
{
	memset(vm, 0, sizeof(*vm));
	vm->space = space;
	vm->l1 = mm0_alloc(L1_BYTES);
	return vm->l1 ? 0 : -ENOMEM;
}

/* The software PTE of va, allocating its L2 array if alloc; NULL if none. */
static u32 *spte(struct vm *vm, u32 va, int alloc)
{
	u32 i = va >> 20;

	if (i >= VM_L1_ENTRIES)
		return NULL;
	if (!vm->l1[i]) {
		if (!alloc || !(vm->l1[i] = mm0_alloc(L2_BYTES)))
			return NULL;
		vm->l2_groups[i / 32 / 32] |= 1u << (i / 32 % 32);
	}
	return &vm->l1[i][(va >> 12) & (VM_L2_ENTRIES - 1)];
}

/* A private page shared with another process since fork: it is copied before a write. */
static int is_cow(const struct vma *v, u32 e)
{
	return !(v->flags & VMA_SHARED) && frame_refs(SPTE_FRAME(e)) > 1;
}

/*
 * A file area's page is mapped writable only once it is dirty: its first
 * write faults and marks it, so that write-back writes only the pages the
 * process wrote (and never puts an untouched page's old bytes over what
 * write() put in the file meanwhile).
 */
static u32 hw_rights(const struct vma *v, u32 e)
{
	u32 w = (v->flags & VMA_WRITE) && !is_cow(v, e) && (!v->file || (e & SPTE_DIRTY)) ? MAP_W : 0;

	return MAP_R | w | ((v->flags & VMA_EXEC) ? MAP_X : 0);
}

/* Maps the page of PTE e at va in hardware with v's rights, and notes it in e. */
static long hw_map(struct vm *vm, u32 va, u32 *e, const struct vma *v)
{
	u32 rights = hw_rights(v, *e);
	long err = map(vm->space, va, SPTE_FRAME(*e), 1, rights);

	if (!err)
		*e = (*e & ~(SPTE_HW | SPTE_HW_W)) | SPTE_HW | ((rights & MAP_W) ? SPTE_HW_W : 0);
	return err;
}

/* The hardware mappings of [start, end) are gone: forget them in the software PTEs. */
static void forget_hw(struct vm *vm, u32 start, u32 end)
{
	for (u32 va = start; va < end; va += PAGE_SIZE) {
		if (!vm->l1[va >> 20]) {
			va = (va | 0xfffffu) - PAGE_SIZE + 1;
			continue;
		}
		u32 *e = &vm->l1[va >> 20][(va >> 12) & (VM_L2_ENTRIES - 1)];
		*e &= ~(SPTE_HW | SPTE_HW_W);
	}
}

struct vma *vma_find(struct vm *vm, u32 addr)
{
	for (struct vma *v = vm->vmas; v && v->start <= addr; v = v->next)
		if (addr < v->end)
			return v;
	return NULL;
}

static struct vma *vma_new(u32 start, u32 end, u32 flags)
{
	struct vma *v = mm0_alloc(sizeof(*v));

	if (v) {
		v->start = start;
		v->end = end;
		v->flags = flags;
	}
	return v;
}

/* Joins v with its successor when they touch and have the same flags (and no file). */
static void vma_merge_next(struct vm *vm, struct vma *v)
{
	struct vma *n = v->next;

	if (n && n->start == v->end && n->flags == v->flags && !v->file && !n->file) {
		v->end = n->end;
		v->next = n->next;
		mm0_free(n, sizeof(*n));
		vm->nvmas--;
	}
}

long vma_insert(struct vm *vm, u32 start, u32 end, u32 flags)
{
	struct vma **pp = &vm->vmas, *prev = NULL;

	while (*pp && (*pp)->start < start) {
		prev = *pp;
		pp = &(*pp)->next;
	}
	if ((prev && prev->end > start) || (*pp && (*pp)->start < end))
		return -EEXIST;
	struct vma *v = vma_new(start, end, flags);
	if (!v)
		return -ENOMEM;
	v->next = *pp;
	*pp = v;
	vm->nvmas++;
	vma_merge_next(vm, v);
	if (prev)
		vma_merge_next(vm, prev);
	return 0;
}

/* Splits the area containing addr so that an area starts at addr. */
static long vma_split(struct vm *vm, u32 addr)
{
	struct vma *v = vma_find(vm, addr);

	if (!v || v->start == addr)
		return 0;
	struct vma *tail = vma_new(addr, v->end, v->flags);
	if (!tail)
		return -ENOMEM;
	if (v->file) {
		tail->file = v->file;
		tail->file_off = v->file_off + (addr - v->start);
		mapfile_ref(v->file);
	}
	v->end = addr;
	tail->next = v->next;
	v->next = tail;
	vm->nvmas++;
	return 0;
}

#define UNMAP_CHUNK_PAGES 4096u    /* the kernel's limit per call */

/* Removes the hardware mappings of npages pages at va. */
static void hw_unmap(struct vm *vm, u32 va, u32 npages)
{
	while (npages) {
		u32 n = npages < UNMAP_CHUNK_PAGES ? npages : UNMAP_CHUNK_PAGES;
		unmap(vm->space, va, n, 0);
		va += n * PAGE_SIZE;
		npages -= n;
	}
}

/* Frees the resident pages of [start, end), unmapping them in runs. */
static void release_pages(struct vm *vm, u32 start, u32 end)
{
	u32 run = 0;

	vm->resident_peak = vm_peak(vm);

	for (u32 va = start; va < end; va += PAGE_SIZE) {
		if (!vm->l1[va >> 20]) {            /* nothing resident in this MiB */
			if (run)
				hw_unmap(vm, run, (va - run) / PAGE_SIZE);
			run = 0;
			va = (va | 0xfffffu) - PAGE_SIZE + 1;
			continue;
		}
		u32 *e = spte(vm, va, 0);
		if (e && (*e & SPTE_PRESENT)) {
			frame_unref(SPTE_FRAME(*e));
			*e = 0;
			vm->resident--;
			if (!run)
				run = va;
			continue;
		}
		if (run)
			hw_unmap(vm, run, (va - run) / PAGE_SIZE);
		run = 0;
	}
	if (run)
		hw_unmap(vm, run, (end - run) / PAGE_SIZE);
}

/* Writes the dirty pages of [start, end) of file area v back into its file; they are clean again. */
static void write_back(struct vm *vm, const struct vma *v, u32 start, u32 end)
{
	for (u32 va = start; va < end; va += PAGE_SIZE) {
		u32 *e = vm->l1[va >> 20] ? spte(vm, va, 0) : NULL;
		if (!e || !(*e & SPTE_PRESENT) || !(*e & SPTE_DIRTY))
			continue;
		mapfile_write(v->file, v->file_off + (va - v->start), phys_to_mm0(SPTE_FRAME(*e)),
			      PAGE_SIZE);
		*e &= ~SPTE_DIRTY;
		if (*e & SPTE_HW_W)
			hw_map(vm, va, e, v);   /* read-only again: the next write marks it */
	}
}

long vm_sync(struct vm *vm, u32 start, u32 end)
{
	if (!vm_covered(vm, start, end))
		return -ENOMEM;
	for (struct vma *v = vm->vmas; v && v->start < end; v = v->next)
		if (v->file && v->end > start)
			write_back(vm, v, v->start > start ? v->start : start, v->end < end ? v->end : end);
	return 0;
}

long vm_move(struct vm *vm, u32 from, u32 to, u32 len)
{
	struct vma *v = vma_find(vm, from);

	if (!v || vma_insert(vm, to, to + len, v->flags) < 0)
		return -ENOMEM;
	if (v->file)
		vma_set_file(vm, to, v->file, v->file_off + (from - v->start));
	for (u32 off = 0; off < len; off += PAGE_SIZE) {
		u32 *e = vm->l1[(from + off) >> 20] ? spte(vm, from + off, 0) : NULL;
		if (!e || !(*e & SPTE_PRESENT))
			continue;
		u32 *ne = spte(vm, to + off, 1);
		if (!ne) {
			vma_remove(vm, to, to + len);
			return -ENOMEM;
		}
		*ne = SPTE_FRAME(*e) | SPTE_PRESENT | (*e & SPTE_DIRTY);       /* mapped at its first touch */
		*e &= ~(SPTE_HW | SPTE_HW_W);
		frame_ref(SPTE_FRAME(*e));              /* the old entry's reference goes with it */
		vm->resident++;
	}
	return 0;
}

void vma_set_file(struct vm *vm, u32 start, struct map_file *f, u64 off)
{
	struct vma *v = vma_find(vm, start);

	v->file = f;
	v->file_off = off;
	mapfile_ref(f);
}

long vma_remove(struct vm *vm, u32 start, u32 end)
{
	if (vma_split(vm, start) < 0 || vma_split(vm, end) < 0)
		return -ENOMEM;
	struct vma **pp = &vm->vmas;
	while (*pp) {
		struct vma *v = *pp;
		if (v->start >= start && v->end <= end) {
			if (v->file) {
				write_back(vm, v, v->start, v->end);
				mapfile_unref(v->file);
			}
			release_pages(vm, v->start, v->end);
			*pp = v->next;
			mm0_free(v, sizeof(*v));
			vm->nvmas--;
		} else {
			pp = &v->next;
		}
	}
	return 0;
}

int vm_covered(struct vm *vm, u32 start, u32 end)
{
	for (u32 a = start; a < end;) {
		struct vma *v = vma_find(vm, a);
		if (!v)
			return 0;
		a = v->end;
	}
	return 1;
}

void vm_discard(struct vm *vm, u32 start, u32 end)
{
	release_pages(vm, start, end);
}

long vma_protect(struct vm *vm, u32 start, u32 end, u32 rights)
{
	if (!vm_covered(vm, start, end))
		return -ENOMEM;
	if (vma_split(vm, start) < 0 || vma_split(vm, end) < 0)
		return -ENOMEM;
	for (struct vma *v = vma_find(vm, start); v && v->start < end; v = v->next)
		v->flags = (v->flags & ~(VMA_READ | VMA_WRITE | VMA_EXEC)) | rights;
	hw_unmap(vm, start, (end - start) / PAGE_SIZE);         /* re-fault with new rights */
	forget_hw(vm, start, end);
	for (struct vma *v = vm->vmas; v; v = v->next)
		vma_merge_next(vm, v);
	return 0;
}

u32 vm_find_gap(struct vm *vm, u32 len, u32 top)
{
	u32 best = 0, lo = MMAP_MIN;

	for (struct vma *v = vm->vmas;; v = v->next) {
		u32 hi = v ? v->start : top;
		if (hi > top)
			hi = top;
		if (hi >= lo && hi - lo >= len)
			best = hi - len;
		if (!v || v->end >= top)
			break;
		if (v->end > lo)
			lo = v->end;
	}
	return best;
}

u32 vm_populate(struct vm *vm, u32 va)
{
	u32 *e = spte(vm, va, 1);

	if (!e)
		return 0;
	if (!(*e & SPTE_PRESENT)) {
		u32 pa = frame_alloc();
		if (!pa)
			return 0;
		*e = pa | SPTE_PRESENT;
		vm->resident++;
	}
	return SPTE_FRAME(*e);
}

/* The stack area that may grow down to addr, extended; NULL if addr is not stack. */
static struct vma *grow_stack(struct vm *vm, u32 addr)
{
	struct vma *v = vm->vmas, *prev = NULL;

	while (v && v->end <= addr) {
		prev = v;
		v = v->next;
	}
	if (!v || !(v->flags & VMA_GROWSDOWN) || v->end - (addr & PAGE_MASK) > STACK_MAX)
		return NULL;
	if (prev && prev->end > (addr & PAGE_MASK))
		return NULL;
	v->start = addr & PAGE_MASK;
	return v;
}

/* The area allowing access at addr (growing the stack if needed), or NULL. */
static struct vma *vma_for_access(struct vm *vm, u32 addr, u32 access)
{
	struct vma *v = vma_find(vm, addr);

	if (!v)
		v = grow_stack(vm, addr);
	if (!v || !(v->flags & (VMA_READ | VMA_WRITE | VMA_EXEC)))
		return NULL;
	if (((access & FAULT_WRITE) && !(v->flags & VMA_WRITE)) ||
	    ((access & FAULT_EXEC) && !(v->flags & VMA_EXEC)))
		return NULL;
	return v;
}

/* The write to a copy-on-write page at *e: a private copy of the frame. */
static long cow_copy(u32 *e)
{
	u32 old = SPTE_FRAME(*e), pa = frame_alloc();

	if (!pa)
		return -ENOMEM;
	memcpy(phys_to_mm0(pa), phys_to_mm0(old), PAGE_SIZE);
	frame_unref(old);
	*e = pa | SPTE_PRESENT;
	return 0;
}

long vm_fault(struct vm *vm, u32 addr, u32 access)
{
	struct vma *v = vma_for_access(vm, addr, access);

	if (!v)
		return -EFAULT;
	if (v->flags & VMA_PAST_EOF)
		return -EIO;
	u32 va = addr & PAGE_MASK;
	if (!vm_populate(vm, va))
		return -ENOMEM;
	u32 *e = spte(vm, va, 0);
	if ((access & FAULT_WRITE) && is_cow(v, *e) && cow_copy(e) < 0)
		return -ENOMEM;
	if ((access & FAULT_WRITE) && v->file)
		*e |= SPTE_DIRTY;
	return hw_map(vm, va, e, v);
}

void vm_prefault(struct vm *vm, u32 addr, u32 len, u32 access)
{
	if (!len)
		return;
	u32 need = SPTE_HW | ((access & FAULT_WRITE) ? SPTE_HW_W : 0);
	u32 last = addr + len - 1 < addr ? 0xffffffffu : addr + len - 1;
	for (u32 va = addr & PAGE_MASK; va <= (last & PAGE_MASK) && va < USER_LIMIT; va += PAGE_SIZE) {
		u32 *e = spte(vm, va, 0);
		if (e && (*e & need) == need)
			continue;       /* mapped already, with the rights asked for */
		if (vm_fault(vm, va, access) < 0)
			return;
	}
}

/* mm0's pointer to process address uaddr for access, faulting it in; NULL if invalid. */
static u8 *user_ptr(struct vm *vm, u32 uaddr, u32 access)
{
	struct vma *v = vma_for_access(vm, uaddr, access);

	if (!v)
		return NULL;
	u32 *e = spte(vm, uaddr & PAGE_MASK, 0);
	if (!e || !(*e & SPTE_PRESENT) || ((access & FAULT_WRITE) && is_cow(v, *e))) {
		if (vm_fault(vm, uaddr, access) < 0)
			return NULL;
		e = spte(vm, uaddr & PAGE_MASK, 0);
	}
	return (u8 *)phys_to_mm0(SPTE_FRAME(*e)) + (uaddr & ~PAGE_MASK);
}

/* Copies len bytes between mm0 and the process, page by page. */
static long copy_user(struct vm *vm, u32 uaddr, u8 *mine, u32 len, int to_user)
{
	u32 done = 0;

	while (done < len) {
		u32 at = uaddr + done;
		if (at < uaddr)
			break;
		u8 *p = user_ptr(vm, at, to_user ? FAULT_WRITE : FAULT_READ);
		if (!p)
			break;
		u32 n = PAGE_SIZE - (at & ~PAGE_MASK);
		if (n > len - done)
			n = len - done;
		if (to_user)
			memcpy(p, mine + done, n);
		else
			memcpy(mine + done, p, n);
		done += n;
	}
	return done || !len ? (long)done : -EFAULT;
}

long vm_copy_in(struct vm *vm, void *dst, u32 uaddr, u32 len)
{
	return copy_user(vm, uaddr, dst, len, 0);
}

long vm_copy_out(struct vm *vm, u32 uaddr, const void *src, u32 len)
{
	return copy_user(vm, uaddr, (u8 *)src, len, 1);
}

long vm_string_in(struct vm *vm, char *dst, u32 uaddr, u32 max)
{
	for (u32 i = 0; i < max;) {
		u32 at = uaddr + i;
		const u8 *p = at < uaddr ? NULL : user_ptr(vm, at, FAULT_READ);
		if (!p)
			return -EFAULT;
		u32 n = PAGE_SIZE - (at & ~PAGE_MASK);
		for (u32 k = 0; k < n && i < max; k++, i++) {
			if (dst)
				dst[i] = (char)p[k];
			if (!p[k])
				return i;
		}
	}
	return -LINUX_ENAMETOOLONG;
}

void vm_prefault_string(struct vm *vm, u32 uaddr, u32 max)
{
	vm_string_in(vm, NULL, uaddr, max);
}

/* Copies parent's list of areas into child (which has none). */
static long copy_areas(struct vm *child, const struct vm *parent)
{
	struct vma **tail = &child->vmas;

	for (const struct vma *v = parent->vmas; v; v = v->next) {
		struct vma *n = vma_new(v->start, v->end, v->flags);
		if (!n)
			return -ENOMEM;
		if (v->file) {
			n->file = v->file;
			n->file_off = v->file_off;
			mapfile_ref(v->file);
		}
		*tail = n;
		tail = &n->next;
		child->nvmas++;
	}
	child->brk_start = parent->brk_start;
	child->brk = parent->brk;
	return 0;
}

/* Makes parent's hardware mappings of npages at va read-only (their pages are now shared). */
static void hw_write_protect(struct vm *parent, u32 va, u32 npages)
{
	while (npages) {
		u32 n = npages < UNMAP_CHUNK_PAGES ? npages : UNMAP_CHUNK_PAGES;
		unmap(parent->space, va, n, MAP_R | MAP_X);
		va += n * PAGE_SIZE;
		npages -= n;
	}
}

/*
 * Shares the resident pages of area v; runs of parent pages that were
 * writable become read-only. A MAP_SHARED area is made resident first:
 * a page either process touched later would otherwise be its own.
 */
static long share_area(struct vm *child, struct vm *parent, const struct vma *v)
{
	u32 run = 0, n = 0;

	for (u32 va = v->start; va < v->end && (v->flags & VMA_SHARED); va += PAGE_SIZE)
		if (!vm_populate(parent, va))
			return -ENOMEM;
	for (u32 va = v->start; va < v->end; va += PAGE_SIZE) {
		u32 *pe = parent->l1[va >> 20] ? spte(parent, va, 0) : NULL;
		int protect = 0;
		if (pe && (*pe & SPTE_PRESENT)) {
			u32 *ce = spte(child, va, 1);
			if (!ce)
				return -ENOMEM;
			frame_ref(SPTE_FRAME(*pe));
			*ce = SPTE_FRAME(*pe) | SPTE_PRESENT;
			child->resident++;
			protect = !(v->flags & VMA_SHARED) && (*pe & SPTE_HW_W);
			if (protect)
				*pe &= ~SPTE_HW_W;
		}
		if (protect && !n++)
			run = va;
		if (!protect && n) {
			hw_write_protect(parent, run, n);
			n = 0;
		}
		if (!pe && (va | 0xfffffu) + 1 < v->end)
			va = (va | 0xfffffu) - PAGE_SIZE + 1;     /* nothing resident in this MiB */
	}
	if (n)
		hw_write_protect(parent, run, n);
	return 0;
}

long vm_fork(struct vm *child, struct vm *parent)
{
	long err = copy_areas(child, parent);

	for (const struct vma *v = parent->vmas; v && !err; v = v->next)
		err = share_area(child, parent, v);
	return err;
}

/* Frees the L2 arrays among l1[32g..32g+31]. */
static void free_l2_group(struct vm *vm, u32 g)
{
	for (u32 i = g * 32; i < g * 32 + 32 && i < VM_L1_ENTRIES; i++)
		if (vm->l1[i])
			mm0_free(vm->l1[i], L2_BYTES);
}

void vm_release(struct vm *vm)
{
	STATIC_ASSERT(VM_L1_ENTRIES <= 32 * 64, "l2_groups covers the software L1 table");
	if (!vm->l1)
		return;
	vma_remove(vm, 0, USER_LIMIT);
	for (u32 w = 0; w < 2; w++)
		for (u32 bits = vm->l2_groups[w]; bits; bits &= bits - 1)
			free_l2_group(vm, w * 32 + (u32)__builtin_ctz(bits));
	mm0_free(vm->l1, L1_BYTES);
	vm->l1 = NULL;
}
