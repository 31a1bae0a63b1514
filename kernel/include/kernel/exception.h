/*
 * User exceptions: a fault or exception of a thread becomes a message to
 * its pager, which maps memory and replies (the thread retries), or stops
 * or redirects the thread. Without a pager the thread is stopped.
 */
#ifndef KERNEL_EXCEPTION_H
#define KERNEL_EXCEPTION_H

#include <kernel/tcb.h>

void raise_exception(struct tcb *t, enum msg_kind kind, u32 addr, u32 info);

#endif
