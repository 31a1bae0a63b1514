/*
 * Kernel entry points called from entry.S, and the native call handlers.
 */
#ifndef KERNEL_SYSCALL_H
#define KERNEL_SYSCALL_H

#include <kernel/tcb.h>

struct frame *handle_svc(void);
struct frame *handle_irq(void);
struct frame *handle_undef(void);
struct frame *handle_pabt(void);
struct frame *handle_dabt(void);
void kernel_exception_panic(struct frame *f, u32 kind) __attribute__((noreturn));

/* Native call handlers: read arguments from t->ctx, write the result to r0. */
void sys_notify(struct tcb *t);
void sys_thread_control(struct tcb *t);
void sys_space_control(struct tcb *t);
void sys_map(struct tcb *t);
void sys_unmap(struct tcb *t);
void sys_exregs(struct tcb *t);
void sys_irq_control(struct tcb *t);
void sys_timer(struct tcb *t);
void sys_yield(struct tcb *t);
void sys_debug_write(struct tcb *t);
void sys_system(struct tcb *t);
void sys_copy(struct tcb *t);

#endif
