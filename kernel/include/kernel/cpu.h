/*
 * The state the hot paths (IPC fast path, context switch) read on every
 * kernel entry, gathered in one structure so the compiler loads one base
 * address instead of one per variable. One CPU for now; SMP would make this
 * per-CPU.
 */
#ifndef KERNEL_CPU_H
#define KERNEL_CPU_H

#include <persona/types.h>

struct tcb;
struct space;

struct cpu {
	struct tcb *current;            /* running thread (never on a run queue) */
	struct space *space_loaded;     /* whose table TTBR0 holds */
	u32 runq_bitmap;                /* bit p: run queue p is not empty */
	struct tcb *vfp_owner;          /* whose registers the VFP unit holds */
	int vfp_enabled;                /* FPEXC.EN as last written */
	u32 asid_gen;                   /* current ASID generation (mmu.c) */
};

extern struct cpu cpu0;

#define current         (cpu0.current)
#define space_loaded    (cpu0.space_loaded)
#define runq_bitmap     (cpu0.runq_bitmap)
#define vfp_owner       (cpu0.vfp_owner)
#define vfp_enabled     (cpu0.vfp_enabled)

#endif
