/*
 * The native kernel interface: call numbers, argument conventions, the IPC
 * message tag and the labels of kernel-generated messages.
 *
 * Shared by the kernel, the servers (mm0, fs0) and the in-guest tests.
 * Only threads of a space holding CAP_NATIVE may use these calls; an svc from
 * a thread created with TF_LINUX is never a native call (it is delivered to
 * the thread's handler as a LABEL_LINUX_SYSCALL message).
 *
 * Calling convention: `svc #0`, r7 = NR_*, arguments in r0..r6, result in r0:
 * >= 0 on success, -errno (Linux numbers, see errno.h) on failure.
 */
#ifndef PERSONA_UAPI_NATIVE_H
#define PERSONA_UAPI_NATIVE_H

#include <persona/types.h>

/* Native call numbers (r7). */
#define NR_IPC              0   /* r0 to, r1 from, r2 tag, r3-r6 mr0-mr3 */
#define NR_NOTIFY           1   /* r0 tid, r1 bits */
#define NR_THREAD_CONTROL   2   /* r0 TC_* op, r1.. see below */
#define NR_SPACE_CONTROL    3   /* r0 SC_* op, r1.. */
#define NR_MAP              4   /* r0 space, r1 vaddr, r2 src, r3 npages, r4 MAP_* */
#define NR_UNMAP            5   /* r0 space, r1 vaddr, r2 npages, r3 keep MAP_R|MAP_X */
#define NR_EXREGS           6   /* r0 tid, r1 EXREGS_* ; frame in the UTCB */
#define NR_IRQ_CONTROL      7   /* r0 IRQ_* op, r1 irq, r2 bits */
#define NR_TIMER            8   /* r0 deadline lo, r1 deadline hi (ticks), r2 bits */
#define NR_YIELD            9
#define NR_DEBUG_WRITE      10  /* r0 length of utcb->buf to print */
#define NR_SYSTEM           11  /* r0 SYS_* op, r1 arg */
#define NR_COPY             12  /* r0 space, r1 remote va, r2 local va, r3 bytes, r4 COPY_* */
#define NR_NATIVE_CALLS     13

/*
 * Thread ids: index in the low TID_INDEX_BITS, a generation above it, so a
 * stale id (a thread that went away) never names its successor.
 */
#define TID_INDEX_BITS      12
#define TID_MAX_THREADS     (1u << TID_INDEX_BITS)
#define TID_NONE            0u
#define TID_ANY             0xffffffffu
#define SPACE_SELF          0u

/*
 * IPC. One call does an optional send phase then an optional receive phase:
 *   send:        tag = TAG_SEND,            r0 = dest
 *   receive:     tag = TAG_RECV,            r1 = TID_ANY or a tid
 *   call:        tag = TAG_SEND|TAG_RECV,   r0 = r1 = dest (atomic)
 *   reply-wait:  tag = TAG_SEND|TAG_SEND_NB|TAG_RECV, r0 = caller, r1 = TID_ANY
 * A TAG_SEND_NB send fails with -EAGAIN unless the destination is already
 * waiting for us (that is what a reply is), and with -ESRCH if it is gone;
 * a failed send phase skips the receive phase.  TAG_RECV_NB polls (-EAGAIN).
 * TAG_FORWARD sends on behalf of utcb->forward, a thread waiting for our
 * reply: the receiver sees that thread as the sender (and TAG_FORWARD in
 * the tag), and that thread now waits for the receiver's reply instead
 * (-EINVAL if it was not waiting for us).
 * Message registers mr0..mr3 travel in r3..r6, mr4.. in the UTCB.
 * On return of a receive: r0 = sender tid (0 for a notification),
 * r2 = the received tag (label, length, TAG_NOTIFY), r3..r6 = mr0..mr3.
 */
#define TAG_LEN_MASK        0x3fu
#define TAG_SEND            (1u << 6)
#define TAG_RECV            (1u << 7)
#define TAG_SEND_NB         (1u << 8)
#define TAG_RECV_NB         (1u << 9)
#define TAG_NOTIFY          (1u << 10)
#define TAG_FORWARD         (1u << 11)
#define TAG_LABEL_SHIFT     16
#define MR_MAX              32u         /* message registers per message */
#define MR_IN_REGS          4u          /* mr0..mr3 are r3..r6 */

#define TAG(label, len)     (((u32)(label) << TAG_LABEL_SHIFT) | ((len) & TAG_LEN_MASK))
#define TAG_LABEL(tag)      ((u32)(tag) >> TAG_LABEL_SHIFT)
#define TAG_LEN(tag)        ((tag) & TAG_LEN_MASK)

/* Labels of messages the kernel sends on a thread's behalf. */
#define LABEL_PAGE_FAULT    0xfff0u     /* mr0 addr, mr1 FAULT_* | status, mr2 pc */
#define LABEL_EXCEPTION     0xfff1u     /* mr0 EXC_*, mr1 detail, mr2 pc */
#define LABEL_LINUX_SYSCALL 0xfff2u     /* mr0..mr7 = r0..r7 of the caller */
#define LABEL_KERNEL_MIN    0xfff0u     /* servers must not use labels >= this */

/* mr1 of a page fault: access bits, plus the ARM fault status in bits 8..12. */
#define FAULT_READ          1u
#define FAULT_WRITE         2u
#define FAULT_EXEC          4u
#define FAULT_STATUS_SHIFT  8
#define FAULT_STATUS(mr1)   (((mr1) >> FAULT_STATUS_SHIFT) & 0x1fu)

/* mr0 of an exception. */
#define EXC_UNDEF           1u          /* undefined instruction */
#define EXC_SVC             2u          /* svc from a space without CAP_NATIVE */

/* thread_control ops (r0). */
#define TC_CREATE   0   /* r1 space, r2 utcb_va (0: none), r3 prio, r4 TF_*, r5 pager, r6 handler -> tid */
#define TC_START    1   /* r1 tid, r2 pc (bit 0 = Thumb), r3 sp, r4 initial r0 */
#define TC_SUSPEND  2   /* r1 tid: stop; a blocked IPC ends -> CANCEL_* below */
#define TC_RESUME   3   /* r1 tid */
#define TC_DESTROY  4   /* r1 tid */
#define TC_SET      5   /* r1 tid, r2 prio, r3 pager, r4 handler (each ~0u: unchanged) */
#define TC_STATE    6   /* r1 tid -> TS_* */
#define TC_SET_SPACE 7  /* r1 tid (not running, no UTCB), r2 space: move the thread there */

#define TF_LINUX    1u  /* every svc is a LABEL_LINUX_SYSCALL message to the handler */

/*
 * What TC_SUSPEND did to a blocked thread (its result):
 *   CANCEL_NONE          it was not blocked in IPC
 *   CANCEL_IPC           its IPC ended with -EINTR in r0
 *   CANCEL_LINUX_UNSENT  a Linux syscall its handler never saw: the svc
 *                        runs again when the thread is resumed
 *   CANCEL_LINUX_INSIDE  a Linux syscall a server was serving: r0-r7 are as
 *                        at the svc, pc after it; the server's late reply
 *                        fails (-EAGAIN); the suspender sets the result or
 *                        rewinds the pc to restart (signals)
 */
#define CANCEL_NONE         0
#define CANCEL_IPC          1
#define CANCEL_LINUX_UNSENT 2
#define CANCEL_LINUX_INSIDE 3

/* Thread states reported by TC_STATE. */
#define TS_INACTIVE 0   /* created, suspended, or stopped after a fault */
#define TS_RUNNABLE 1
#define TS_SEND     2   /* blocked sending (or in the send phase of a call) */
#define TS_RECV     3   /* blocked receiving (or waiting for a reply) */

#define PRIO_MAX    31u /* priorities 0..PRIO_MAX, higher runs first */

/* space_control ops (r0). */
#define SC_CREATE   0   /* r1 CAP_* (a subset of the caller's) -> space id */
#define SC_DESTROY  1   /* r1 space; -EBUSY while it has threads */
#define SC_SELF     2   /* -> the caller's space id */

/* Space capabilities. */
#define CAP_NATIVE  1u  /* may make native calls at all */
#define CAP_CONTROL 2u  /* threads, spaces, exregs, mapping own pages elsewhere */
#define CAP_MEMORY  4u  /* map physical RAM and devices */
#define CAP_IRQ     8u  /* bind interrupts */
#define CAP_SYSTEM  16u /* power off */
#define CAP_ALL     31u

/* map flags (r4). */
#define MAP_R       1u
#define MAP_W       2u
#define MAP_X       4u
#define MAP_DEVICE  8u  /* device memory attributes (src must be a device region) */
#define MAP_FROM_VA 16u /* src is a page of the caller's own space, not a paddr */

/* exregs flags (r1); the frame is struct exregs_frame in utcb->mr. */
#define EXREGS_GET      1u  /* copy the target's registers to the caller's UTCB */
#define EXREGS_SET_REGS 2u  /* set r0..r12, sp, lr */
#define EXREGS_SET_PC   4u  /* set pc (bit 0 selects Thumb) */
#define EXREGS_SET_PSR  8u  /* set NZCVQ/GE flags (mode, masks and T are kept) */
#define EXREGS_SET_TLS  16u /* set tpidruro, tpidrurw */
#define EXREGS_GET_VFP  32u /* the target's VFP registers into utcb->buf (struct exregs_vfp) */
#define EXREGS_SET_VFP  64u /* ... from utcb->buf (after GET_VFP when both are given) */
#define EXREGS_GET_TIME 128u /* the target's CPU time into utcb->buf (struct exregs_time); alone */

/*
 * EXREGS_SET_PSR sets N Z C V Q GE and, for a thread in Thumb state, the IT
 * bits (a signal may interrupt an IT block; sigreturn puts it back).
 */
struct exregs_frame {
	u32 r[13];
	u32 sp, lr, pc, cpsr;
	u32 tpidruro, tpidrurw;
};

/* VFP state (Linux's struct user_vfp and fpexc); a thread that never used VFP reads as zeroes. */
struct exregs_vfp {
	u64 d[32];
	u32 fpscr;
	u32 fpexc;              /* reads as FPEXC.EN; ignored when set */
};

/* CPU time used (sampled: see kernel/include/kernel/timer.h), all of it in user mode. */
struct exregs_time {
	u64 user_ticks;         /* generic timer counter ticks (KINFO_TIMER_HZ gives the rate) */
};

/* irq_control ops (r0). */
#define IRQ_BIND    0   /* r1 irq, r2 bits: the caller is notified with bits */
#define IRQ_UNBIND  1   /* r1 irq */
#define IRQ_ACK     2   /* r1 irq: re-enable after handling */

/* system ops (r0). */
#define SYS_POWEROFF    0   /* r1 exit status reported to the host */
#define SYS_KINFO       1   /* r1 KINFO_* -> value */
#define SYS_HOST_OPEN   2   /* r1 HOST_* mode, r2 name length (name in utcb->buf) -> handle */
#define SYS_HOST_READ   3   /* r1 handle, r2 bytes (<= UTCB_BUF_BYTES) into utcb->buf -> bytes */
#define SYS_HOST_WRITE  4   /* r1 handle, r2 bytes from utcb->buf -> bytes */
#define SYS_HOST_CLOSE  5   /* r1 handle */

/* Host file modes for SYS_HOST_OPEN (semihosting; a name is relative to QEMU's cwd). */
#define HOST_READ       0   /* "rb" */
#define HOST_WRITE      4   /* "wb": create or truncate */
#define HOST_APPEND     8   /* "ab" */

/* copy (r4): direction, between the caller's local buffer and a space. */
#define COPY_FROM_SPACE 0   /* remote -> local */
#define COPY_TO_SPACE   1   /* local -> remote (remote pages must be writable) */
#define COPY_MAX_BYTES  65536u  /* per call: bounds time spent in the kernel */

#define KINFO_THREADS       0   /* live threads */
#define KINFO_SPACES        1   /* live spaces */
#define KINFO_POOL_FREE     2   /* free kernel pool bytes */
#define KINFO_TIMER_HZ      3   /* generic timer frequency */
#define KINFO_TICKS_PER_US  4
#define KINFO_ID_ISAR0      5   /* CPU identification registers (for Linux's HWCAP) */
#define KINFO_ID_MMFR0      6
#define KINFO_FPSID         7
#define KINFO_MVFR0         8
#define KINFO_MVFR1         9
#define KINFO_ID_ISAR3      10

#endif
