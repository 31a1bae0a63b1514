/*
 * siginfo: an SA_SIGINFO handler (installed with the raw rt_sigaction and
 * its own rt_sigreturn restorer, as a C library does) gets Linux's siginfo
 * and ucontext: who sent the signal, the faulting address and kind of a
 * SIGSEGV with the registers and mask at the fault; changing the saved pc
 * makes rt_sigreturn resume elsewhere. A handler interrupting floating
 * point work leaves its VFP registers as they were.
 */
#include "lt.h"
#include <signal.h>
#include <sys/time.h>
#include <linux_abi/signal.h>
#include <linux_abi/sigcontext.h>
#include "lt_raw.h"

#define FAULT_ADDR 0x10u

static struct linux_siginfo seen;
static u_int32_t seen_pc, seen_trap, seen_fsr, seen_fault, seen_mask;
static volatile int hits;

static void handler(int sig, struct linux_siginfo *si, void *ctx)
{
	struct linux_ucontext *uc = ctx;

	seen = *si;
	seen_pc = uc->uc_mcontext.arm_pc;
	seen_trap = uc->uc_mcontext.trap_no;
	seen_fsr = uc->uc_mcontext.error_code;
	seen_fault = uc->uc_mcontext.fault_address;
	seen_mask = uc->uc_sigmask.sig[0];
	if (sig == LINUX_SIGSEGV)
		uc->uc_mcontext.arm_pc += 4;    /* skip the faulting store (ARM code) */
	hits++;
}

static void install(int sig, void (*fn)(int, struct linux_siginfo *, void *))
{
	struct linux_sigaction k = { (u_int32_t)fn, LINUX_SA_SIGINFO | LINUX_SA_RESTORER,
				     (u_int32_t)rt_restorer, { { 0, 0 } } };

	SETUP(syscall(SYS_rt_sigaction, sig, &k, 0, 8));
}

__attribute__((noinline, target("arm"))) static void store_to_fault(void)
{
	__asm__ volatile("mov r0, #1\n\tmov r1, %0\n\tstr r0, [r1]" : : "i"(FAULT_ADDR) : "r0", "r1", "memory");
}

static volatile double sum;

static void fp_handler(int sig, struct linux_siginfo *si, void *ctx)
{
	volatile double junk = 3.25;

	for (int i = 0; i < 50; i++)
		junk = junk * 1.5 - 0.75;
	hits++;
}

int main(void)
{
	install(LINUX_SIGUSR1, handler);
	kill(getpid(), SIGUSR1);
	EXPECT_EQ("kill: si_signo", seen.si_signo, LINUX_SIGUSR1);
	EXPECT_EQ("kill: si_code SI_USER", seen.si_code, LINUX_SI_USER);
	EXPECT_TRUE("kill: si_pid is mine", seen.sifields.kill.pid == getpid());
	EXPECT_EQ("kill: si_uid", seen.sifields.kill.uid, getuid());
	syscall(SYS_tgkill, getpid(), getpid(), LINUX_SIGUSR1);
	EXPECT_EQ("tgkill: si_code SI_TKILL", seen.si_code, LINUX_SI_TKILL);

	sigset_t m;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR2);
	sigprocmask(SIG_SETMASK, &m, NULL);
	install(LINUX_SIGSEGV, handler);
	hits = 0;
	store_to_fault();
	EXPECT_EQ("SIGSEGV handled, execution went on", hits, 1);
	EXPECT_EQ("si_signo", seen.si_signo, LINUX_SIGSEGV);
	EXPECT_EQ("si_code SEGV_MAPERR", seen.si_code, LINUX_SEGV_MAPERR);
	EXPECT_EQ("si_addr", seen.sifields.sigfault.addr, FAULT_ADDR);
	EXPECT_EQ("sigcontext fault_address", seen_fault, FAULT_ADDR);
	EXPECT_EQ("sigcontext trap_no (data abort)", seen_trap, 14);
	EXPECT_EQ("sigcontext error_code: a write", (seen_fsr >> 11) & 1, 1);
	EXPECT_TRUE("sigcontext pc is in store_to_fault",
		    seen_pc >= (u_int32_t)store_to_fault && seen_pc < (u_int32_t)store_to_fault + 32);
	EXPECT_EQ("uc_sigmask: the mask at the fault", seen_mask, 1u << (LINUX_SIGUSR2 - 1));
	sigprocmask(SIG_SETMASK, &(sigset_t){ 0 }, NULL);

	install(LINUX_SIGALRM, fp_handler);
	struct itimerval it = { { 0, 1000 }, { 0, 1000 } };
	hits = 0;
	setitimer(ITIMER_REAL, &it, NULL);
	double local = 0;
	for (int i = 0; i < 2000000 && hits < 20; i++)
		local += 1.0, sum = local;
	memset(&it, 0, sizeof it);
	setitimer(ITIMER_REAL, &it, NULL);
	EXPECT_TRUE("handlers ran during the floating point loop", hits >= 1);
	EXPECT_TRUE("the loop's VFP registers survived them", local == sum && local == (double)(long)local);
	return lt_done();
}
