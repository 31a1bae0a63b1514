/*
 * sig_regs: the core registers around a signal handler (ARM's
 * setup_sigframe and restore_sigframe). Code that set r1-r6, r8-r12 and
 * the NZCV flags before sending itself a signal finds them all unchanged
 * after a handler that left every register different; the handler's
 * uc_mcontext holds them, and its edits to them (r5, the flags) are what
 * the code gets back. Thumb code interrupted is seen with CPSR.T set and
 * goes on in Thumb; a Thumb handler runs for ARM code. A frame whose CPSR
 * asks for a privileged mode or masks IRQs, a misaligned or unmapped
 * frame: rt_sigreturn refuses them with SIGSEGV (Linux's valid_user_regs,
 * which silently clears the F and A bits).
 */
#include "lt.h"
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <linux_abi/signal.h>
#include <linux_abi/sigcontext.h>
#include "lt_raw.h"

struct regs_probe {
	u_int32_t in[13];       /* r0-r12 to set (r0, r7: the kill) */
	u_int32_t out[13];      /* r0-r12 after */
	u_int32_t flags_in;     /* 104: NZCV to set */
	u_int32_t flags_out;    /* 108 */
	int32_t pid;            /* 112 */
	int32_t sig;            /* 116 */
};

/* Sets the registers and flags from the probe, kill(pid, sig)s, stores them. */
void regs_probe(struct regs_probe *pr);
__asm__(
	"	.text\n"
	"	.arm\n"
	"	.align 2\n"
	"	.globl regs_probe\n"
	"	.type regs_probe, %function\n"
	"regs_probe:\n"
	"	push {r4-r11, lr}\n"
	"	push {r0}\n"
	"	mov lr, r0\n"
	"	ldr r0, [lr, #104]\n"
	"	msr APSR_nzcvq, r0\n"
	"	ldr r0, [lr, #112]\n"
	"	ldr r7, [lr, #116]\n"           /* the signal, into r1 below */
	"	ldr r2, [lr, #8]\n"
	"	ldr r3, [lr, #12]\n"
	"	ldr r4, [lr, #16]\n"
	"	ldr r5, [lr, #20]\n"
	"	ldr r6, [lr, #24]\n"
	"	ldr r8, [lr, #32]\n"
	"	ldr r9, [lr, #36]\n"
	"	ldr r10, [lr, #40]\n"
	"	ldr r11, [lr, #44]\n"
	"	ldr r12, [lr, #48]\n"
	"	mov r1, r7\n"
	"	mov r7, #37\n"
	"	svc #0\n"
	"	mrs r7, APSR\n"
	"	ldr lr, [sp]\n"
	"	str r7, [lr, #108]\n"
	"	str r0, [lr, #52]\n"
	"	str r1, [lr, #56]\n"
	"	str r2, [lr, #60]\n"
	"	str r3, [lr, #64]\n"
	"	str r4, [lr, #68]\n"
	"	str r5, [lr, #72]\n"
	"	str r6, [lr, #76]\n"
	"	str r8, [lr, #84]\n"
	"	str r9, [lr, #88]\n"
	"	str r10, [lr, #92]\n"
	"	str r11, [lr, #96]\n"
	"	str r12, [lr, #100]\n"
	"	pop {r0}\n"
	"	pop {r4-r11, pc}\n"
	"	.size regs_probe, . - regs_probe\n");

static struct regs_probe pr;
static volatile int hits, edit, mcontext_ok, thumb_seen;
static volatile u_int32_t bad_cpsr;

__attribute__((used)) void c_handler(int sig, struct linux_siginfo *si, void *ctx);
__attribute__((used)) void c_handler(int sig, struct linux_siginfo *si, void *ctx)
{
	struct linux_ucontext *uc = ctx;
	struct linux_sigcontext *mc = &uc->uc_mcontext;

	hits++;
	thumb_seen = (mc->arm_cpsr >> 5) & 1;
	mcontext_ok = mc->arm_r1 == pr.in[1] && mc->arm_r2 == pr.in[2] && mc->arm_r3 == pr.in[3] &&
		      mc->arm_r4 == pr.in[4] && mc->arm_r5 == pr.in[5] && mc->arm_r6 == pr.in[6] &&
		      mc->arm_r8 == pr.in[8] && mc->arm_r9 == pr.in[9] && mc->arm_r10 == pr.in[10] &&
		      mc->arm_fp == pr.in[11] && mc->arm_ip == pr.in[12] &&
		      (mc->arm_cpsr & 0xf0000000u) == pr.flags_in && mc->arm_r7 == 37 && mc->arm_r0 == 0 &&
		      (mc->arm_cpsr & 0x1f) == 0x10;
	if (edit) {
		mc->arm_r5 = 0x12345678;
		mc->arm_cpsr = (mc->arm_cpsr & 0x0fffffff) | 0x60000000;   /* Z and C */
	}
	if (bad_cpsr)
		mc->arm_cpsr = bad_cpsr;
}

/* the handler the kernel calls: the C handler, then every register made different */
void clobbering_handler(int, struct linux_siginfo *, void *);
__asm__(
	"	.text\n"
	"	.arm\n"
	"	.align 2\n"
	"	.globl clobbering_handler\n"
	"	.type clobbering_handler, %function\n"
	"clobbering_handler:\n"
	"	push {r4, lr}\n"
	"	bl c_handler\n"
	"	pop {r4, lr}\n"
	"	mov r0, #0xf0000000\n"
	"	msr APSR_nzcvq, r0\n"
	"	mvn r0, #0\n"
	"	mvn r1, #1\n"
	"	mvn r2, #2\n"
	"	mvn r3, #3\n"
	"	mvn r4, #4\n"
	"	mvn r5, #5\n"
	"	mvn r6, #6\n"
	"	mvn r8, #8\n"
	"	mvn r9, #9\n"
	"	mvn r10, #10\n"
	"	mvn r11, #11\n"
	"	mvn r12, #12\n"
	"	bx lr\n"
	"	.size clobbering_handler, . - clobbering_handler\n");

static void install(void *fn)
{
	struct linux_sigaction k = { (u_int32_t)fn, LINUX_SA_SIGINFO | LINUX_SA_RESTORER,
				     (u_int32_t)rt_restorer, { { 0, 0 } } };

	SETUP(syscall(SYS_rt_sigaction, LINUX_SIGUSR1, &k, 0, 8));
}

static int unchanged(int except)
{
	int n = 0;

	for (int i = 1; i <= 12; i++)
		if (i != 7 && i != except)
			n += pr.out[i] == pr.in[i];
	return n;
}

/* Thumb code sending itself the signal */
__attribute__((noinline, target("thumb"))) static int thumb_kill(int pid, int sig)
{
	register int r0 __asm__("r0") = pid;
	register int r1 __asm__("r1") = sig;
	register int r7 __asm__("r7") = 37;

	__asm__ volatile("svc #0" : "+r"(r0) : "r"(r1), "r"(r7) : "memory");
	return r0;
}

static volatile int thumb_handler_ran;
__attribute__((noinline, target("thumb"))) static void thumb_handler(int sig, struct linux_siginfo *si, void *ctx)
{
	thumb_handler_ran++;
}

/* a child whose handler sets the frame's CPSR to cpsr: its raw wait status */
static void no_core(void)
{
	struct rlimit r = { 0, 0 };

	setrlimit(RLIMIT_CORE, &r);
}

static int bad_return(u_int32_t cpsr)
{
	int st;
	pid_t pid = fork();

	SETUP(pid);
	if (pid == 0) {
		no_core();
		bad_cpsr = cpsr;
		pr.pid = getpid();
		regs_probe(&pr);
		_exit(0);
	}
	syscall(SYS_wait4, pid, &st, 0, 0);
	return st;
}

/* a child calling rt_sigreturn with sp at addr: its raw wait status */
static int bare_sigreturn(u_int32_t addr)
{
	int st;
	pid_t pid = fork();

	SETUP(pid);
	if (pid == 0) {
		no_core();
		__asm__ volatile("mov sp, %0\n\tmov r7, #173\n\tsvc #0" : : "r"(addr) : "r7", "memory");
		_exit(0);
	}
	syscall(SYS_wait4, pid, &st, 0, 0);
	return st;
}

int main(void)
{
	for (int i = 0; i < 13; i++)
		pr.in[i] = 0x01010101u * (i + 1) ^ 0x80000000u;
	pr.flags_in = 0x90000000;       /* N and V */
	pr.pid = getpid();
	pr.sig = LINUX_SIGUSR1;
	pr.in[1] = LINUX_SIGUSR1;

	install(clobbering_handler);
	regs_probe(&pr);
	EXPECT_EQ("the handler ran", hits, 1);
	EXPECT_EQ("uc_mcontext: the registers and flags at the signal", mcontext_ok, 1);
	EXPECT_EQ("... interrupted in ARM state", thumb_seen, 0);
	EXPECT_EQ("after: r1-r6, r8-r12 unchanged", unchanged(0), 11);
	EXPECT_EQ("after: the flags unchanged", pr.flags_out & 0xf0000000u, pr.flags_in);
	EXPECT_EQ("after: r0, kill's result", pr.out[0], 0);

	edit = 1;
	regs_probe(&pr);
	edit = 0;
	EXPECT_EQ("edited r5 comes back", pr.out[5], 0x12345678);
	EXPECT_EQ("... the others unchanged", unchanged(5), 10);
	EXPECT_EQ("edited flags come back (Z, C)", pr.flags_out & 0xf0000000u, 0x60000000);

	hits = 0;
	EXPECT_EQ("Thumb code sends the signal", thumb_kill(getpid(), LINUX_SIGUSR1), 0);
	EXPECT_EQ("... the handler ran", hits, 1);
	EXPECT_EQ("... and saw CPSR.T set", thumb_seen, 1);
	install(thumb_handler);
	syscall(SYS_kill, getpid(), LINUX_SIGUSR1);
	EXPECT_EQ("a Thumb handler for ARM code runs", thumb_handler_ran, 1);
	install(clobbering_handler);

	EXPECT_EQ("frame CPSR in SVC mode: SIGSEGV", bad_return(0x00000013), LINUX_SIGSEGV);
	EXPECT_EQ("frame CPSR with IRQs masked: SIGSEGV", bad_return(0x00000090), LINUX_SIGSEGV);
	EXPECT_EQ("frame CPSR in user mode with FIQs masked: cleared, goes on", bad_return(0x00000050), 0);
	EXPECT_EQ("frame CPSR in user mode with aborts masked: cleared, goes on", bad_return(0x00000110), 0);
	EXPECT_EQ("frame CPSR in FIQ mode: SIGSEGV", bad_return(0x00000011), LINUX_SIGSEGV);
	EXPECT_EQ("frame CPSR in IRQ mode: SIGSEGV", bad_return(0x00000012), LINUX_SIGSEGV);
	EXPECT_EQ("frame CPSR in system mode: SIGSEGV", bad_return(0x0000001f), LINUX_SIGSEGV);
	EXPECT_EQ("rt_sigreturn with sp misaligned: SIGSEGV", bare_sigreturn((((u_int32_t)&pr + 8) & ~7u) + 4) & 0x7f,
		  LINUX_SIGSEGV);
	EXPECT_EQ("rt_sigreturn with sp unmapped: SIGSEGV", bare_sigreturn(0x1000) & 0x7f, LINUX_SIGSEGV);
	return lt_done();
}
