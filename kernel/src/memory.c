/*
 * space_control, map and unmap. A space maps physical RAM or devices only
 * with CAP_MEMORY, and only what the kernel handed to user level (never the
 * kernel image or its object pool); MAP_FROM_VA passes on a page the caller
 * itself has, with no more rights than it has. Touching another space takes
 * CAP_CONTROL.
 */
#include <kernel/syscall.h>
#include <kernel/space.h>
#include <kernel/boot.h>
#include <arch/mmu.h>

#define MAP_FLAGS_ALL   (MAP_R | MAP_W | MAP_X | MAP_DEVICE | MAP_FROM_VA)
#define MAP_MAX_PAGES   4096u   /* per call, bounds time spent in the kernel */

void sys_space_control(struct tcb *t)
{
	u32 *r = t->ctx.r;
	struct space *s;

	if (r[0] == SC_SELF) {
		r[0] = t->space->id;
		return;
	}
	if (!(t->space->caps & CAP_CONTROL)) {
		r[0] = (u32)-EPERM;
		return;
	}
	switch (r[0]) {
	case SC_CREATE:
		if (r[1] & ~t->space->caps) {
			r[0] = (u32)-EPERM;
			return;
		}
		s = space_create(r[1]);
		r[0] = s ? s->id : (u32)-ENOMEM;
		return;
	case SC_DESTROY:
		s = space_lookup(r[1]);
		r[0] = s ? (u32)space_destroy(s) : (u32)-ESRCH;
		return;
	}
	r[0] = (u32)-EINVAL;
}

static int valid_user_range(u32 va, u32 npages)
{
	return (va & (PAGE_SIZE - 1)) == 0 && npages && npages <= MAP_MAX_PAGES &&
	       va < USER_TOP && npages <= (USER_TOP - va) >> PAGE_SHIFT;
}

/* The frame to map for page i and its allowed rights, or -errno. */
static long map_source(struct tcb *t, u32 src, u32 i, u32 flags, u32 *pa, u32 *rights)
{
	if (flags & MAP_FROM_VA) {
		long err = mmu_lookup(t->space, src + (i << PAGE_SHIFT), pa, rights);
		if (err < 0)
			return err;
		if (!phys_is_user_ram(*pa) && !phys_is_device(*pa))
			return -EPERM;      /* e.g. a UTCB: kernel memory */
		return 0;
	}
	*pa = src + (i << PAGE_SHIFT);
	*rights = MAP_R | MAP_W | MAP_X;
	if (flags & MAP_DEVICE)
		return phys_is_device(*pa) ? 0 : -EPERM;
	return phys_is_user_ram(*pa) ? 0 : -EPERM;
}

static long map(struct tcb *t, u32 *r)
{
	u32 va = r[1], src = r[2], npages = r[3], flags = r[4];
	long err = 0;
	struct space *s = space_target(t, r[0], &err);

	if (!s)
		return err;
	if (!valid_user_range(va, npages) || (flags & ~MAP_FLAGS_ALL) ||
	    !(flags & (MAP_R | MAP_W | MAP_X)) || (src & (PAGE_SIZE - 1)))
		return -EINVAL;
	if (flags & MAP_FROM_VA) {
		if (!valid_user_range(src, npages) || (flags & MAP_DEVICE))
			return -EINVAL;
	} else if (!(t->space->caps & CAP_MEMORY)) {
		return -EPERM;
	} else if (src + (npages << PAGE_SHIFT) - 1 < src) {
		return -EINVAL;
	}
	for (u32 i = 0; i < npages; i++) {
		u32 pa, rights;
		err = map_source(t, src, i, flags, &pa, &rights);
		if (err < 0)
			return err;
		u32 want = flags & (MAP_R | MAP_W | MAP_X);
		if (want & ~rights)
			return -EPERM;
		err = mmu_map_page(s, va + (i << PAGE_SHIFT), pa, want | (rights & MAP_DEVICE) |
				   (flags & MAP_DEVICE));
		if (err < 0)
			return err;
	}
	return 0;
}

void sys_map(struct tcb *t)
{
	t->ctx.r[0] = (u32)map(t, t->ctx.r);
}

static long unmap(struct tcb *t, u32 *r)
{
	u32 va = r[1], npages = r[2], keep = r[3];
	long err = 0, n = 0;
	struct space *s = space_target(t, r[0], &err);

	if (!s)
		return err;
	if (!valid_user_range(va, npages) || (keep & ~(MAP_R | MAP_X)))
		return -EINVAL;
	for (u32 i = 0; i < npages; i++) {
		err = mmu_unmap_page(s, va + (i << PAGE_SHIFT), keep);
		if (err < 0)
			return err;
		n += err;
	}
	return n;
}

void sys_unmap(struct tcb *t)
{
	t->ctx.r[0] = (u32)unmap(t, t->ctx.r);
}
