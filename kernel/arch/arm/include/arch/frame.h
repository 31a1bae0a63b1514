/*
 * The user register frame saved on every kernel entry. It is the first
 * member of struct tcb: entry.S stores straight into the current thread's
 * frame (sp_svc points just past it while the thread runs in user mode).
 */
#ifndef ARCH_FRAME_H
#define ARCH_FRAME_H

#include <persona/types.h>
#include <arch/layout.h>

struct frame {
	u32 r[13];
	u32 sp;
	u32 lr;
	u32 pc;         /* where the thread resumes */
	u32 cpsr;
};

STATIC_ASSERT(sizeof(struct frame) == FRAME_BYTES, "frame size used by entry.S");
STATIC_ASSERT(offsetof(struct frame, sp) == FRAME_SP, "frame.sp offset");
STATIC_ASSERT(offsetof(struct frame, pc) == FRAME_PC, "frame.pc offset");
STATIC_ASSERT(offsetof(struct frame, cpsr) == FRAME_CPSR, "frame.cpsr offset");

static inline int frame_is_thumb(const struct frame *f)
{
	return (f->cpsr & PSR_T) != 0;
}

#endif
