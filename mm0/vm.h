/*
 * A process's memory as mm0 keeps it: areas (VMAs) with their rights, and
 * a software page table recording which frame backs each resident page.
 * The hardware tables (in the kernel) are a cache of this one: mm0 maps a
 * page when the process faults on it and can always rebuild a mapping.
 */
#ifndef MM0_VM_H
#define MM0_VM_H

#include <persona/types.h>

#define PAGE_SIZE       4096u
#define PAGE_MASK       (~(PAGE_SIZE - 1))
#define PAGE_ALIGN(x)   (((x) + PAGE_SIZE - 1) & PAGE_MASK)

/* Linux process layout (user space ends at 2 GiB on Persona) */
#define USER_LIMIT      0x7f000000u     /* first address above any process mapping */
#define STACK_TOP       0x7f000000u
#define STACK_MAX       (8u << 20)      /* RLIMIT_STACK default */
#define STACK_GAP       (1u << 20)      /* below the largest stack */
#define MMAP_TOP        (STACK_TOP - STACK_MAX - STACK_GAP)
#define MMAP_MIN        0x00010000u     /* mmap_min_addr */
#define SIGPAGE_VA      (MMAP_TOP - PAGE_SIZE)  /* sigreturn code for handlers without SA_RESTORER */

/* VMA rights and kinds */
#define VMA_READ        1u
#define VMA_WRITE       2u
#define VMA_EXEC        4u
#define VMA_GROWSDOWN   8u              /* the stack: grows on faults just below it */
#define VMA_HEAP        16u             /* the brk area */
#define VMA_SHARED      32u             /* MAP_SHARED: fork shares the pages, never copies them */
#define VMA_PAST_EOF    64u             /* a file mapping's whole pages past the file's end: SIGBUS */

/* software PTE: frame address | flags */
#define SPTE_PRESENT    1u              /* a frame backs the page */
#define SPTE_HW         2u              /* and the hardware table maps it now */
#define SPTE_HW_W       4u              /* writable */
#define SPTE_DIRTY      8u              /* a file area's page written since it was last written back */
#define SPTE_FRAME(e)   ((e) & PAGE_MASK)

struct map_file;

struct vma {
	struct vma *next;               /* sorted by start, not overlapping */
	u32 start, end;                 /* [start, end), page aligned */
	u32 flags;                      /* VMA_* */
	struct map_file *file;          /* MAP_SHARED of a file: written back there (mapfile.c) */
	u64 file_off;                   /* the file offset at start */
};

#define VM_L1_ENTRIES   (USER_LIMIT >> 20)      /* one L2 array per MiB */
#define VM_L2_ENTRIES   256

struct vm {
	u32 space;                      /* kernel address space */
	struct vma *vmas;
	u32 **l1;                       /* VM_L1_ENTRIES pointers to L2 arrays */
	u32 brk_start, brk;
	u32 resident;                   /* pages present (integrity) */
	u32 resident_peak;              /* the most before any page went (Linux's hiwater_rss) */
	u32 nvmas;
	u32 l2_groups[2];               /* bit g: some of l1[32g..32g+31] has an L2 array */
};

long vm_init(struct vm *vm, u32 space);
/* The most pages vm has had resident (getrusage's ru_maxrss). */
static inline u32 vm_peak(const struct vm *vm)
{
	return vm->resident > vm->resident_peak ? vm->resident : vm->resident_peak;
}
/* Frees every page, table and area (the space itself is the caller's). */
void vm_release(struct vm *vm);
/*
 * fork: child (fresh from vm_init) gets parent's areas and every resident
 * page by reference. Private pages become copy-on-write in both (a frame
 * with more than one reference is mapped read-only; the first write copies
 * it); MAP_SHARED pages stay shared and writable. 0 or -ENOMEM (the child
 * is then the caller's to release).
 */
long vm_fork(struct vm *child, struct vm *parent);

struct vma *vma_find(struct vm *vm, u32 addr);
/* New area [start, end) (page aligned, free). */
long vma_insert(struct vm *vm, u32 start, u32 end, u32 flags);
/* Unmaps [start, end), splitting areas, freeing their pages. */
long vma_remove(struct vm *vm, u32 start, u32 end);
/* The area just inserted at start becomes a shared mapping of f at off (takes a reference). */
void vma_set_file(struct vm *vm, u32 start, struct map_file *f, u64 off);
/*
 * mremap's move: a new area [to, to+len) like the one at from, holding
 * from's pages (the old area is the caller's to remove). 0 or -ENOMEM.
 */
long vm_move(struct vm *vm, u32 from, u32 to, u32 len);
/* msync: writes the shared file pages of [start, end) back: 0 or -ENOMEM if not all mapped. */
long vm_sync(struct vm *vm, u32 start, u32 end);
/* Changes rights of [start, end), which must be fully mapped (-ENOMEM otherwise). */
long vma_protect(struct vm *vm, u32 start, u32 end, u32 rights);
/* Highest free gap of len bytes below top (page aligned), 0 if none. */
u32 vm_find_gap(struct vm *vm, u32 len, u32 top);

/* A page fault at addr (FAULT_* access): 0 if now mapped, -EFAULT if the process is wrong. */
long vm_fault(struct vm *vm, u32 addr, u32 access);
/* Makes the pages of [addr, addr+len) present as far as they are valid for access. */
void vm_prefault(struct vm *vm, u32 addr, u32 len, u32 access);
/* Frees the pages of [start, end) but keeps the areas (MADV_DONTNEED). */
void vm_discard(struct vm *vm, u32 start, u32 end);
/* 1 if areas cover all of [start, end). */
int vm_covered(struct vm *vm, u32 start, u32 end);
/* Installs a fresh frame at va (page aligned, inside an area); returns its paddr or 0. */
u32 vm_populate(struct vm *vm, u32 va);

/* Copies to/from process memory (faulting pages in): bytes done, or -EFAULT if none. */
long vm_copy_in(struct vm *vm, void *dst, u32 uaddr, u32 len);
long vm_copy_out(struct vm *vm, u32 uaddr, const void *src, u32 len);
/* A NUL-terminated string of at most max-1 bytes: its length, -EFAULT or -ENAMETOOLONG. */
long vm_string_in(struct vm *vm, char *dst, u32 uaddr, u32 max);
/* Pre-faults a string up to its NUL (at most max bytes) without copying it. */
void vm_prefault_string(struct vm *vm, u32 uaddr, u32 max);

#endif
