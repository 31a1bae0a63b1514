/*
 * Starting servers and test tasks from boot modules: a new space, the ELF
 * segments copied into fresh frames, a stack, a UTCB, the boot-info page
 * shared read-only, and one thread whose pager is mm0.
 */
#include "mm0.h"
#include <proto.h>
#include <elf32.h>

static struct task tasks[MAX_TASKS];
u32 task_frames;                        /* frames backing servers and test tasks */

static u32 task_frame(void)
{
	u32 pa = frame_alloc();

	task_frames += pa ? 1 : 0;
	return pa;
}

const struct bootinfo_module *module_find(const char *name)
{
	for (u32 i = 0; i < bootinfo->nmodules; i++)
		if (!strcmp(bootinfo->modules[i].name, name))
			return &bootinfo->modules[i];
	return NULL;
}

struct task *task_by_tid(u32 tid)
{
	for (int i = 0; i < MAX_TASKS; i++)
		if (tasks[i].tid == tid)
			return &tasks[i];
	return NULL;
}

static long map_fresh(u32 space, u32 va, u32 npages, u32 flags)
{
	for (u32 i = 0; i < npages; i++) {
		u32 pa = task_frame();
		if (!pa)
			return -ENOMEM;
		long err = map(space, va + i * 4096, pa, 1, flags);
		if (err < 0) {
			frame_free(pa);
			task_frames--;
			return err;
		}
	}
	return 0;
}

/* Copies file bytes into the (freshly mapped) pages of a segment. */
static long load_segment(u32 space, const u8 *image, const struct elf32_phdr *ph)
{
	u32 va0 = ph->p_vaddr & ~4095u, va1 = (ph->p_vaddr + ph->p_memsz + 4095) & ~4095u;
	u32 flags = MAP_R | ((ph->p_flags & PF_W) ? MAP_W : 0) | ((ph->p_flags & PF_X) ? MAP_X : 0);

	for (u32 va = va0; va < va1; va += 4096) {
		u32 pa = task_frame();
		if (!pa)
			return -ENOMEM;
		u8 *page = phys_to_mm0(pa);
		u32 seg_lo = ph->p_vaddr, seg_file_hi = ph->p_vaddr + ph->p_filesz;
		u32 lo = va > seg_lo ? va : seg_lo, hi = va + 4096 < seg_file_hi ? va + 4096 : seg_file_hi;
		if (lo < hi)
			memcpy(page + (lo - va), image + ph->p_offset + (lo - seg_lo), hi - lo);
		long err = map(space, va, pa, 1, flags);
		if (err < 0)
			return err;
	}
	return 0;
}

static long load_image(u32 space, const u8 *image, u32 size, u32 *entry)
{
	long err = elf32_check(image, size, SERVER_VA_LIMIT);
	u32 last_end = 0;

	if (err < 0)
		return err;
	const struct elf32_ehdr *eh = (const void *)image;
	for (u32 i = 0; i < eh->e_phnum; i++) {
		const struct elf32_phdr *ph = elf32_phdr(image, i);
		if (ph->p_type != PT_LOAD || !ph->p_memsz)
			continue;
		if ((ph->p_vaddr & ~4095u) < last_end || ph->p_vaddr < SERVER_STACK_TOP_VA)
			return -EINVAL;
		last_end = (ph->p_vaddr + ph->p_memsz + 4095) & ~4095u;
		err = load_segment(space, image, ph);
		if (err < 0)
			return err;
	}
	*entry = eh->e_entry;
	return 0;
}

struct task *task_start(const struct bootinfo_module *m, u32 prio, u32 caps)
{
	struct task *t = task_by_tid(0);
	u32 entry;

	if (!t)
		return NULL;
	long space = space_create(caps);
	if (space < 0)
		return NULL;
	long err = load_image((u32)space, phys_to_mm0(m->base_paddr), m->size_bytes, &entry);
	if (!err)
		err = map_fresh((u32)space, SERVER_STACK_TOP_VA - SERVER_STACK_BYTES,
				SERVER_STACK_BYTES / 4096, MAP_R | MAP_W);
	if (!err)
		err = map((u32)space, BOOTINFO_VA, BOOTINFO_VA, 1, MAP_R | MAP_FROM_VA);
	long tid = err ? err : thread_create((u32)space, SERVER_UTCB_VA, prio, 0, mm0_tid, TID_NONE);
	if (tid < 0) {
		printf("mm0: cannot start %s: error %ld\n", m->name, tid);
		return NULL;
	}
	strlcpy(t->name, m->name, sizeof(t->name));
	t->space = (u32)space;
	t->tid = (u32)tid;
	thread_start(t->tid, entry, SERVER_STACK_TOP_VA, mm0_tid);
	return t;
}
