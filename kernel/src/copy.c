/*
 * copy: moves bytes between the caller's own memory and another space, so
 * a server (fs0) can read and write a client's buffers without mapping
 * them (MINIX's vircopy). Both sides are walked page by page through the
 * translation tables and copied through the kernel's linear map; it stops
 * at the first page that is missing, not writable where written, or not
 * RAM. The client's pages must be present: mm0 faults them in before it
 * forwards a request (a server cannot wait for a pager from in here).
 */
#include <kernel/syscall.h>
#include <kernel/space.h>
#include <kernel/boot.h>
#include <arch/mmu.h>

/* The kernel address of va in s, if mapped as RAM (and writable if write). */
static u8 *user_page(struct space *s, u32 va, int write)
{
	u32 pa, flags;

	if (va >= USER_TOP || mmu_lookup(s, va, &pa, &flags) < 0)
		return NULL;
	if ((write && !(flags & MAP_W)) || (flags & MAP_DEVICE))
		return NULL;
	return (u8 *)phys_to_virt(pa) + (va & (PAGE_SIZE - 1));
}

/* Copies up to len bytes; returns the count (short if a page failed). */
static u32 copy_pages(struct space *dst_s, u32 dst, struct space *src_s, u32 src, u32 len)
{
	u32 done = 0;

	while (done < len) {
		u8 *d = user_page(dst_s, dst + done, 1);
		u8 *s = user_page(src_s, src + done, 0);
		if (!d || !s)
			break;
		u32 n = MIN(PAGE_SIZE - ((dst + done) & (PAGE_SIZE - 1)),
			    PAGE_SIZE - ((src + done) & (PAGE_SIZE - 1)));
		n = MIN(n, len - done);
		memcpy(d, s, n);
		done += n;
	}
	return done;
}

static long copy(struct tcb *t, u32 *r)
{
	u32 remote = r[1], local = r[2], len = r[3], dir = r[4];
	long err = 0;
	struct space *s = space_target(t, r[0], &err);

	if (!s)
		return err;
	if (len > COPY_MAX_BYTES || dir > COPY_TO_SPACE)
		return -EINVAL;
	if (!len)
		return 0;
	u32 done = dir == COPY_TO_SPACE ? copy_pages(s, remote, t->space, local, len)
					: copy_pages(t->space, local, s, remote, len);
	return done ? (long)done : -EFAULT;
}

void sys_copy(struct tcb *t)
{
	t->ctx.r[0] = (u32)copy(t, t->ctx.r);
}
