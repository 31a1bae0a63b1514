/*
 * Synchronous IPC and notifications (see uapi/persona/native.h for the
 * user view). Kernel-generated messages (faults, Linux syscalls) are sent
 * with ipc_kernel_call() as if the thread had called its pager/handler.
 */
#ifndef KERNEL_IPC_H
#define KERNEL_IPC_H

#include <kernel/tcb.h>

void sys_ipc(struct tcb *t);
long ipc_notify(struct tcb *t, u32 bits);
/* t (current) sends a kind message to tid and waits for the reply; -ESRCH if tid is gone. */
long ipc_kernel_call(struct tcb *t, u32 tid, enum msg_kind kind);
/*
 * Abort t's blocking IPC, if any. Returns CANCEL_NONE if it was not
 * blocked, CANCEL_IPC (r0 = err where r0 is the call's result), or for a
 * Linux thread: CANCEL_LINUX_UNSENT (its syscall never reached the
 * handler: pc is rewound to the svc, which runs again on resume) or
 * CANCEL_LINUX_INSIDE (a server had the call: r0-r7 are as at the svc and
 * pc is after it; the caller decides the result or the restart).
 */
int ipc_cancel(struct tcb *t, long err);
/* t is going away: release everyone queued on it or waiting for it. */
void ipc_release_waiters(struct tcb *t);

#endif
