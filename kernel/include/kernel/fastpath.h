/*
 * IPC fast paths: the common cases of call, reply-and-wait and a Linux
 * syscall, done without queues when the partner already waits and may run
 * at once. Each returns the frame to resume, or NULL to take the general
 * path (having changed nothing).
 */
#ifndef KERNEL_FASTPATH_H
#define KERNEL_FASTPATH_H

#include <kernel/tcb.h>

struct frame *fastpath_ipc(struct tcb *t);
struct frame *fastpath_linux(struct tcb *t);

#endif
