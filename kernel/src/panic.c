/*
 * panic(): a broken kernel invariant. Prints the reason, the current
 * thread and its registers (or those of the faulting kernel context) and
 * ends QEMU with PANIC_EXIT_STATUS, so a test run can never mistake a
 * crash for a pass.
 */
#include <kernel/kernel.h>
#include <kernel/tcb.h>
#include <kernel/sched.h>
#include <kernel/syscall.h>
#include <kernel/space.h>
#include <arch/cpu.h>
#include <fmt.h>
#include <stdarg.h>

void semihosting_unavailable(void);
void psci_system_off(void) __attribute__((noreturn));

static void dump_frame(const char *what, const struct frame *f)
{
	printk("%s registers:\n", what);
	for (int i = 0; i < 13; i += 4) {
		for (int j = i; j < i + 4 && j < 13; j++)
			printk("  r%-2d %08x", j, f->r[j]);
		printk("\n");
	}
	printk("  sp  %08x  lr  %08x  pc  %08x  cpsr %08x\n", f->sp, f->lr, f->pc, f->cpsr);
}

static void dump_current(void)
{
	if (!current) {
		printk("no current thread\n");
		return;
	}
	printk("current thread %u (space %u, state %u, prio %u)\n", current->tid,
	       current->space ? current->space->id : 0, current->state, current->prio);
	dump_frame("user", &current->ctx);
}

void panic(const char *fmt, ...)
{
	char buf[200];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	printk("\nPANIC: %s\n", buf);
	dump_current();
	system_poweroff(PANIC_EXIT_STATUS);
}

void kernel_exception_panic(struct frame *f, u32 kind)
{
	static const char *const names[] = {
		[EXC_KERNEL_UNDEF] = "undefined instruction",
		[EXC_KERNEL_PABT] = "prefetch abort",
		[EXC_KERNEL_DABT] = "data abort",
		[EXC_KERNEL_SVC] = "svc",
		[EXC_KERNEL_FIQ] = "FIQ",
	};

	if (kind == EXC_KERNEL_SVC) {
		/* system_poweroff()'s semihosting call was not taken by QEMU */
		semihosting_unavailable();
		printk("semihosting is off: powering off through PSCI (exit status lost)\n");
		psci_system_off();
	}
	printk("\nPANIC: %s in kernel mode at pc %08x\n", kind < ARRAY_SIZE(names) ? names[kind] : "?",
	       f->pc);
	if (kind == EXC_KERNEL_DABT)
		printk("  fault address %08x, DFSR %08x\n", read_dfar(), read_dfsr());
	if (kind == EXC_KERNEL_PABT)
		printk("  fault address %08x, IFSR %08x\n", read_ifar(), read_ifsr());
	dump_frame("kernel", f);
	dump_current();
	system_poweroff(PANIC_EXIT_STATUS);
}
