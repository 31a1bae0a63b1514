/*
 * The user thread control block: one page per server thread, allocated by
 * the kernel and mapped at the utcb_va given to TC_CREATE. A server thread
 * finds its own UTCB through TPIDRURO. Linux-personality threads have none
 * (TPIDRURO is their TLS register).
 */
#ifndef PERSONA_UAPI_UTCB_H
#define PERSONA_UAPI_UTCB_H

#include <persona/types.h>
#include <persona/native.h>

#define UTCB_SIZE       4096u
#define UTCB_BUF_BYTES  1024u

struct utcb {
	u32 mr[64];             /* message registers; mr0..mr3 travel in r3..r6 */
	u32 tid;                /* this thread's id, written by the kernel */
	u32 space;              /* this thread's space id, written by the kernel */
	u32 forward;            /* TAG_FORWARD: the thread the message is sent for */
	u32 user[13];           /* free for the thread's own use */
	char buf[UTCB_BUF_BYTES];   /* NR_DEBUG_WRITE text */
	u8 pad[UTCB_SIZE - 64 * 4 - 16 * 4 - UTCB_BUF_BYTES];
};

STATIC_ASSERT(sizeof(struct utcb) == UTCB_SIZE, "utcb is one page");
STATIC_ASSERT(offsetof(struct utcb, tid) == 256, "crt0.S reads utcb->tid");
STATIC_ASSERT(sizeof(struct exregs_frame) == 19 * 4, "exregs frame layout");
STATIC_ASSERT(sizeof(struct exregs_frame) <= 64 * 4, "exregs frame fits in mr");
STATIC_ASSERT(sizeof(struct exregs_vfp) == 264, "Linux user_vfp + fpexc");
STATIC_ASSERT(sizeof(struct exregs_vfp) <= UTCB_BUF_BYTES, "exregs VFP state fits in buf");

#endif
