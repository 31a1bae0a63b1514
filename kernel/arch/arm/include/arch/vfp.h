/*
 * VFP/NEON state, switched lazily: the unit is enabled only for the thread
 * whose registers it holds (vfp_owner); any other thread's first VFP
 * instruction traps as undefined and vfp_take() moves the state over.
 */
#ifndef ARCH_VFP_H
#define ARCH_VFP_H

#include <persona/types.h>
#include <kernel/cpu.h>

struct vfp_state {
	u64 d[32];
	u32 fpscr;
	u32 used;               /* registers hold this thread's values */
};

struct tcb;

void vfp_init(void);
void vfp_set_enabled(int on);

/* Called on each switch: enable the unit for the owner only. */
static inline void vfp_switch(struct tcb *next)
{
	if (__builtin_expect(vfp_enabled ? next != vfp_owner : next == vfp_owner, 0))
		vfp_set_enabled(!vfp_enabled);
}
/* Undefined-instruction trap: returns 1 if it was a VFP access now enabled (retry). */
int vfp_take(struct tcb *t);
/* t's registers out of the unit into t->vfp, which they are loaded from at its next VFP use. */
void vfp_flush(struct tcb *t);
#define VFP_FPEXC_EN    (1u << 30)
/* Thread going away: forget it as owner. */
void vfp_forget(struct tcb *t);

/* vfp.S */
void vfp_save(struct vfp_state *s);
void vfp_load(const struct vfp_state *s);

#endif
