/*
 * Boot-time layout of physical memory and the start of the root task.
 *
 *   RAM base      DTB (left by QEMU) and the kernel image (text, data, bss)
 *   1 MiB aligned module images (.modules)          -> user RAM, reclaimable
 *   1 MiB aligned kernel object pool (RAM / 32)     -> never user-visible
 *   the rest                                         -> mm0
 *
 * An initial RAM file system placed in RAM by the loader and named on the
 * command line as `initrd=ADDR,SIZE` (Linux's ARM syntax; QEMU:
 * -device loader,file=rootfs.cpio,addr=ADDR) becomes boot module "initrd":
 * it must lie in mm0's part of RAM, which is then split around it.
 *
 * The kernel loads mm0's ELF into the first pages of the rest, maps its
 * stack, UTCB and the boot-info page, maps all user RAM into it at
 * phys_map_va with sections, and starts it with r0 = BOOTINFO_VA.
 */
#include <kernel/boot.h>
#include <kernel/space.h>
#include <kernel/tcb.h>
#include <kernel/sched.h>
#include <kernel/timer.h>
#include <kernel/kalloc.h>
#include <arch/mmu.h>
#include <persona/bootinfo.h>
#include <elf32.h>
#include <board.h>
#include <cmdline.h>

#define PHYS_MAP_VA 0x40000000u

extern char __modules_start[], __modules_end[];

struct phys_layout phys;
u32 root_tid;
static u32 user_next;           /* bump allocator for mm0's image */
static u32 initrd_start, initrd_end;

void boot_layout(u32 ram_base, u32 ram_bytes)
{
	phys.ram_base = ram_base;
	phys.ram_end = ram_base + ram_bytes;
	phys.modules_start = virt_to_phys(__modules_start);
	phys.modules_end = ALIGN_UP(virt_to_phys(__modules_end), SECTION_SIZE);
	u32 pool = MAX(KPOOL_MIN_BYTES, ALIGN_UP(ram_bytes >> KPOOL_RAM_SHIFT, SECTION_SIZE));
	phys.pool_start = phys.modules_end;
	phys.pool_end = phys.pool_start + pool;
	if (phys.pool_end + SECTION_SIZE > phys.ram_end)
		panic("RAM too small: %u MiB", ram_bytes >> 20);
	phys.user_start = phys.pool_end;
	user_next = phys.user_start;
	kalloc_init(phys.pool_start, pool);
}

int phys_is_user_ram(u32 pa)
{
	return (pa >= phys.modules_start && pa < phys.modules_end) ||
	       (pa >= phys.user_start && pa < phys.ram_end);
}

int phys_is_device(u32 pa)
{
	for (u32 i = 0; i < board_device_count; i++) {
		const struct board_device *d = &board_devices[i];
		if (pa >= d->base_paddr && pa - d->base_paddr < d->size_bytes * d->count)
			return 1;
	}
	return 0;
}

/* Parses a hexadecimal or decimal number; *end after it. */
static u32 parse_number(const char *s, const char **end)
{
	u32 v = 0, base = 10;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	}
	for (;; s++) {
		u32 d = (*s >= '0' && *s <= '9') ? (u32)(*s - '0')
			: (base == 16 && *s >= 'a' && *s <= 'f') ? (u32)(*s - 'a' + 10)
			: (base == 16 && *s >= 'A' && *s <= 'F') ? (u32)(*s - 'A' + 10) : 99;
		if (d >= base)
			break;
		v = v * base + d;
	}
	*end = s;
	return v;
}

void boot_initrd(const char *cmdline)
{
	const char *v = cmdline_get(cmdline, "initrd"), *end;

	if (!v)
		return;
	u32 start = parse_number(v, &end);
	u32 size = *end == ',' ? parse_number(end + 1, &end) : 0;
	if (!size || start & (PAGE_SIZE - 1) || start < phys.user_start || start + size < start ||
	    start + size > phys.ram_end)
		panic("initrd=%08x,%x is not inside user RAM (%08x-%08x, page aligned)", start, size,
		      phys.user_start, phys.ram_end);
	initrd_start = start;
	initrd_end = ALIGN_UP(start + size, PAGE_SIZE);
}

static u32 user_pages(u32 n)
{
	u32 pa = user_next;

	user_next += n << PAGE_SHIFT;
	if (initrd_start && pa < initrd_end && user_next > initrd_start)
		panic("the initrd at %08x overlaps mm0's image", initrd_start);
	if (user_next > phys.ram_end)
		panic("no RAM left to load mm0");
	memset(phys_to_virt(pa), 0, n << PAGE_SHIFT);
	return pa;
}

static void map_new_pages(struct space *s, u32 va, u32 npages, u32 flags, u32 *pa_out)
{
	u32 pa = user_pages(npages);

	for (u32 i = 0; i < npages; i++)
		if (mmu_map_page(s, va + (i << PAGE_SHIFT), pa + (i << PAGE_SHIFT), flags) < 0)
			panic("cannot map mm0");
	if (pa_out)
		*pa_out = pa;
}

static const struct boot_module *find_module(const char *name)
{
	for (u32 i = 0; i < boot_module_count; i++)
		if (!strcmp(boot_modules[i].name, name))
			return &boot_modules[i];
	return NULL;
}

static u32 load_root_image(struct space *s, const struct boot_module *m)
{
	const u8 *img = m->start;
	u32 size = (u32)(m->end - m->start);
	u32 last_end = 0;

	if (elf32_check(img, size, PHYS_MAP_VA) < 0)
		panic("module mm0 is not a static ARM executable");
	const struct elf32_ehdr *eh = (const void *)img;
	for (u32 i = 0; i < eh->e_phnum; i++) {
		const struct elf32_phdr *ph = elf32_phdr(img, i);
		if (ph->p_type != PT_LOAD || !ph->p_memsz)
			continue;
		u32 va0 = ALIGN_DOWN(ph->p_vaddr, PAGE_SIZE);
		u32 va1 = ALIGN_UP(ph->p_vaddr + ph->p_memsz, PAGE_SIZE);
		if (va0 < last_end || va0 < ROOT_STACK_TOP_VA)
			panic("mm0 segments overlap each other or the stack");
		last_end = va1;
		u32 flags = ((ph->p_flags & PF_R) ? MAP_R : 0) | ((ph->p_flags & PF_W) ? MAP_W : 0) |
			    ((ph->p_flags & PF_X) ? MAP_X : 0);
		u32 pa;
		map_new_pages(s, va0, (va1 - va0) >> PAGE_SHIFT, flags | MAP_R, &pa);
		memcpy((u8 *)phys_to_virt(pa) + (ph->p_vaddr - va0), img + ph->p_offset, ph->p_filesz);
	}
	return eh->e_entry;
}

static void add_region(struct bootinfo *bi, u32 base, u32 end, u32 type)
{
	if (end <= base || bi->nregions == BOOTINFO_MAX_REGIONS)
		return;
	struct bootinfo_region *r = &bi->regions[bi->nregions++];
	r->base_paddr = base;
	r->size_bytes = end - base;
	r->type = type;
}

static void fill_bootinfo(struct bootinfo *bi, struct space *s, u32 root, const char *cmdline)
{
	bi->magic = BOOTINFO_MAGIC;
	bi->version = BOOTINFO_VERSION;
	bi->root_tid = root;
	bi->root_space = s->id;
	bi->ram_base_paddr = phys.ram_base;
	bi->ram_size_bytes = phys.ram_end - phys.ram_base;
	bi->kernel_base_paddr = phys.ram_base;
	bi->kernel_size_bytes = phys.pool_end - phys.ram_base;
	bi->phys_map_va = PHYS_MAP_VA;
	bi->timer_hz = timer_hz;
	strlcpy(bi->board, BOARD_NAME, sizeof(bi->board));
	strlcpy(bi->cmdline, cmdline ? cmdline : "", sizeof(bi->cmdline));
	for (u32 i = 0; i < boot_module_count && i < BOOTINFO_MAX_MODULES; i++) {
		struct bootinfo_module *m = &bi->modules[bi->nmodules++];
		strlcpy(m->name, boot_modules[i].name, sizeof(m->name));
		m->base_paddr = virt_to_phys(boot_modules[i].start);
		m->size_bytes = (u32)(boot_modules[i].end - boot_modules[i].start);
	}
	if (initrd_start && bi->nmodules < BOOTINFO_MAX_MODULES) {
		struct bootinfo_module *m = &bi->modules[bi->nmodules++];
		strlcpy(m->name, "initrd", sizeof(m->name));
		m->base_paddr = initrd_start;
		m->size_bytes = initrd_end - initrd_start;
	}
	for (u32 i = 0; i < board_device_count && i < BOOTINFO_MAX_DEVICES; i++) {
		struct bootinfo_device *d = &bi->devices[bi->ndevices++];
		strlcpy(d->name, board_devices[i].name, sizeof(d->name));
		d->base_paddr = board_devices[i].base_paddr;
		d->size_bytes = board_devices[i].size_bytes;
		d->irq = board_devices[i].irq;
		d->count = board_devices[i].count;
	}
}

/* All user RAM, as sections, at PHYS_MAP_VA in the root space. */
static void map_phys_window(struct space *s)
{
	u32 ranges[2][2] = { { phys.modules_start, phys.modules_end }, { phys.user_start, phys.ram_end } };

	for (int i = 0; i < 2; i++)
		for (u32 pa = ranges[i][0]; pa < ranges[i][1]; pa += SECTION_SIZE)
			if (mmu_map_section(s, PHYS_MAP_VA + (pa - phys.ram_base), pa) < 0)
				panic("cannot map the physical window of mm0");
}

void boot_root_task(const char *cmdline)
{
	const struct boot_module *m = find_module("mm0");
	struct space *s = space_create(CAP_ALL);
	struct tcb *t;
	u32 bi_pa;

	if (!m)
		panic("no mm0 module in the image");
	if (!s || tcb_create(s, ROOT_UTCB_VA, ROOT_PRIO, 0, TID_NONE, TID_NONE, &t) < 0)
		panic("cannot create the root task");
	root_tid = t->tid;
	u32 entry = load_root_image(s, m);
	map_new_pages(s, ROOT_STACK_TOP_VA - ROOT_STACK_BYTES, ROOT_STACK_BYTES >> PAGE_SHIFT,
		      MAP_R | MAP_W, NULL);
	map_new_pages(s, BOOTINFO_VA, 1, MAP_R, &bi_pa);
	struct bootinfo *bi = phys_to_virt(bi_pa);
	add_region(bi, phys.modules_start, phys.modules_end, REGION_MODULE);
	add_region(bi, phys.user_start, user_next, REGION_ROOT_IMAGE);
	if (initrd_start) {
		add_region(bi, user_next, initrd_start, REGION_FREE);
		add_region(bi, initrd_start, initrd_end, REGION_MODULE);
		add_region(bi, initrd_end, phys.ram_end, REGION_FREE);
	} else {
		add_region(bi, user_next, phys.ram_end, REGION_FREE);
	}
	fill_bootinfo(bi, s, t->tid, cmdline);
	map_phys_window(s);
	tcb_start(t, entry, ROOT_STACK_TOP_VA, BOOTINFO_VA);
}
