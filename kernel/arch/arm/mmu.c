/*
 * ARMv7 short-descriptor translation tables.
 *
 * Kernel: kernel_l1 (TTBR1) maps RAM linearly at KERNEL_VBASE with global
 * 1 MiB sections and device windows above DEVICE_VBASE.
 * User: one 8 KiB L1 per space (TTBR0, TTBCR.N = 1) with 1 KiB L2 tables
 * from the kernel pool; user entries are non-global, tagged by the space's
 * ASID. ASIDs are handed out in generations: when the 255 run out, the TLB
 * is flushed and every space gets a fresh one when it next runs.
 */
#include <arch/mmu.h>
#include <arch/cpu.h>
#include <kernel/kernel.h>
#include <kernel/kalloc.h>
#include <kernel/space.h>
#include <persona/native.h>

/* L1 descriptors */
#define L1_PAGETABLE        0x1u
#define L1_SECTION          0x2u
#define L1_TYPE_MASK        0x3u
#define SECT_B              (1u << 2)
#define SECT_C              (1u << 3)
#define SECT_XN             (1u << 4)
#define SECT_AP_KRW         (1u << 10)          /* AP = 01: kernel RW, user none */
#define SECT_AP_URW         (3u << 10)          /* AP = 011: user RW */
#define SECT_TEX1           (1u << 12)
#define SECT_S              (1u << 16)
#define SECT_NG             (1u << 17)
#define SECT_NORMAL         (SECT_TEX1 | SECT_C | SECT_B | SECT_S)
#define SECT_DEVICE         (SECT_B | SECT_XN)

/* L2 small pages */
#define PTE_XN              (1u << 0)
#define PTE_SMALL           (1u << 1)
#define PTE_B               (1u << 2)
#define PTE_C               (1u << 3)
#define PTE_AP_URW          (3u << 4)           /* AP = 011 */
#define PTE_AP_URO          ((1u << 9) | (3u << 4)) /* AP = 111 */
#define PTE_AP_MASK         ((1u << 9) | (3u << 4))
#define PTE_TEX1            (1u << 6)
#define PTE_S               (1u << 10)
#define PTE_NG              (1u << 11)
#define PTE_NORMAL          (PTE_TEX1 | PTE_C | PTE_B | PTE_S)
#define PTE_DEVICE          (PTE_B)
#define PTE_ATTR_MASK       (PTE_TEX1 | PTE_C | PTE_B | PTE_S | (7u << 6))

#define TTBCR_N1            1u
#define ASID_COUNT          256u

static u32 empty_l1[USER_L1_ENTRIES] __attribute__((aligned(USER_L1_BYTES)));
static u32 next_device_va = DEVICE_VBASE;
static u32 asid_next = 1;

static struct kcache l2_cache = KCACHE_INIT("l2", L2_BYTES);

static void tlb_sync(void)
{
	dsb();
	isb();
}

void mmu_init(u32 ram_base, u32 ram_bytes)
{
	u32 first = KERNEL_VBASE >> SECTION_SHIFT;
	u32 nram = ram_bytes >> SECTION_SHIFT;

	for (u32 i = 0; i < (KERNEL_VBASE >> SECTION_SHIFT); i++)
		kernel_l1[i] = 0;               /* boot identity map */
	for (u32 i = nram; i < (KERNEL_LINEAR_MAX >> SECTION_SHIFT); i++)
		kernel_l1[first + i] = 0;       /* beyond RAM */
	(void)ram_base;
	dsb();
	write_ttbr0(virt_to_phys(empty_l1) | TTB_FLAGS);
	write_ttbcr(TTBCR_N1);
	write_ttbr1(virt_to_phys(kernel_l1) | TTB_FLAGS);
	isb();
	write_tlbiall(0);
	tlb_sync();
	cpu0.asid_gen = 1;
}

void *mmu_map_device(u32 paddr)
{
	u32 base = ALIGN_DOWN(paddr, SECTION_SIZE);
	u32 va = next_device_va;

	BUG_ON(va >= DEVICE_VEND);
	next_device_va += SECTION_SIZE;
	kernel_l1[va >> SECTION_SHIFT] = base | SECT_DEVICE | SECT_AP_KRW | L1_SECTION;
	tlb_sync();
	return (void *)(va + (paddr - base));
}

long mmu_space_init(struct space *s)
{
	s->l1 = kpage_alloc(USER_L1_BYTES / PAGE_SIZE, USER_L1_BYTES / PAGE_SIZE);
	if (!s->l1)
		return -ENOMEM;
	s->l1_paddr = virt_to_phys(s->l1);
	s->asid_gen = 0;
	return 0;
}

/* Frees the L2 tables among L1 entries 32g..32g+31. */
static void free_l2_group(struct space *s, u32 g)
{
	for (u32 i = g * 32; i < g * 32 + 32; i++) {
		if ((s->l1[i] & L1_TYPE_MASK) == L1_PAGETABLE) {
			kcache_free(&l2_cache, phys_to_virt(s->l1[i] & ~(L2_BYTES - 1)));
			s->nl2--;
		}
	}
}

void mmu_space_free(struct space *s)
{
	STATIC_ASSERT(USER_L1_ENTRIES == 32 * 64, "l2_groups covers the user L1 table");
	for (u32 w = 0; w < 2; w++)
		for (u32 bits = s->l2_groups[w]; bits; bits &= bits - 1)
			free_l2_group(s, w * 32 + (u32)__builtin_ctz(bits));
	BUG_ON(s->nl2 != 0);
	if ((read_ttbr0() & ~0x1fffu) == s->l1_paddr) {
		write_ttbr0(virt_to_phys(empty_l1) | TTB_FLAGS);
		isb();
	}
	if (s->asid_gen == cpu0.asid_gen) {
		write_tlbiasid(s->asid);
		tlb_sync();
	}
	kpage_free(s->l1, USER_L1_BYTES / PAGE_SIZE);
	s->l1 = NULL;
}

void mmu_asid_assign(struct space *s)
{
	if (asid_next == ASID_COUNT) {
		cpu0.asid_gen++;
		asid_next = 1;
		write_tlbiall(0);
		tlb_sync();
	}
	s->asid = asid_next++;
	s->asid_gen = cpu0.asid_gen;
}

/* The L2 entry for va, allocating its table if alloc; NULL if none (or a section). */
static u32 *pte_slot(struct space *s, u32 va, int alloc, long *err)
{
	u32 *l1e = &s->l1[va >> SECTION_SHIFT];

	if ((*l1e & L1_TYPE_MASK) == L1_SECTION) {
		*err = -EBUSY;
		return NULL;
	}
	if ((*l1e & L1_TYPE_MASK) != L1_PAGETABLE) {
		if (!alloc) {
			*err = -EFAULT;
			return NULL;
		}
		u32 *l2 = kcache_alloc(&l2_cache);
		if (!l2) {
			*err = -ENOMEM;
			return NULL;
		}
		s->nl2++;
		u32 g = (va >> SECTION_SHIFT) / 32;
		s->l2_groups[g / 32] |= 1u << (g % 32);
		*l1e = virt_to_phys(l2) | L1_PAGETABLE;
		dsb();
	}
	u32 *l2 = phys_to_virt(*l1e & ~(L2_BYTES - 1));
	return &l2[(va >> PAGE_SHIFT) & (L2_ENTRIES - 1)];
}

static void tlb_flush_page(struct space *s, u32 va)
{
	dsb();
	if (s->asid_gen == cpu0.asid_gen)
		write_tlbimva((va & ~(PAGE_SIZE - 1)) | s->asid);
	tlb_sync();
}

static u32 pte_make(u32 pa, u32 flags)
{
	u32 pte = (pa & ~(PAGE_SIZE - 1)) | PTE_SMALL | PTE_NG;

	pte |= (flags & MAP_DEVICE) ? PTE_DEVICE : PTE_NORMAL;
	pte |= (flags & MAP_W) ? PTE_AP_URW : PTE_AP_URO;
	if (!(flags & MAP_X) || (flags & MAP_DEVICE))
		pte |= PTE_XN;
	return pte;
}

long mmu_map_page(struct space *s, u32 va, u32 pa, u32 flags)
{
	long err = 0;
	u32 *pte = pte_slot(s, va, 1, &err);

	if (!pte)
		return err;
	u32 old = *pte;
	*pte = pte_make(pa, flags);
	if (old)
		tlb_flush_page(s, va);
	else
		dsb();
	return 0;
}

long mmu_unmap_page(struct space *s, u32 va, u32 keep)
{
	long err = 0;
	u32 *pte = pte_slot(s, va, 0, &err);

	if (!pte)
		return err == -EFAULT ? 0 : err;
	if (!*pte)
		return 0;
	if (keep & (MAP_R | MAP_X)) {
		/* read-only from now on; never grants exec that was not there */
		u32 xn = (*pte & PTE_XN) || !(keep & MAP_X) ? PTE_XN : 0;
		*pte = (*pte & ~(PTE_AP_MASK | PTE_XN)) | PTE_AP_URO | xn;
	} else {
		*pte = 0;
	}
	tlb_flush_page(s, va);
	return 1;
}

/* A user section (the root task's physical window) is RAM, read-write, never executable. */
static long section_lookup(u32 l1e, u32 va, u32 *pa, u32 *flags)
{
	*pa = (l1e & ~(SECTION_SIZE - 1)) | (va & (SECTION_SIZE - 1) & ~(PAGE_SIZE - 1));
	*flags = MAP_R | MAP_W;
	return 0;
}

long mmu_lookup(struct space *s, u32 va, u32 *pa, u32 *flags)
{
	long err = 0;
	u32 l1e = s->l1[va >> SECTION_SHIFT];

	if ((l1e & L1_TYPE_MASK) == L1_SECTION)
		return section_lookup(l1e, va, pa, flags);
	u32 *pte = pte_slot(s, va, 0, &err);

	if (!pte || !(*pte & PTE_SMALL))
		return -EFAULT;
	*pa = *pte & ~(PAGE_SIZE - 1);
	*flags = MAP_R;
	if ((*pte & PTE_AP_MASK) == PTE_AP_URW)
		*flags |= MAP_W;
	if (!(*pte & PTE_XN))
		*flags |= MAP_X;
	if ((*pte & PTE_ATTR_MASK) == PTE_DEVICE)
		*flags |= MAP_DEVICE;
	return 0;
}

long mmu_map_section(struct space *s, u32 va, u32 pa)
{
	u32 *l1e = &s->l1[va >> SECTION_SHIFT];

	if (*l1e)
		return -EBUSY;
	*l1e = (pa & ~(SECTION_SIZE - 1)) | SECT_NORMAL | SECT_AP_URW | SECT_XN | SECT_NG | L1_SECTION;
	dsb();
	return 0;
}
