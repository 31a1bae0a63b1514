/*
 * sig_faults: the signals a faulting instruction raises, as Linux's ARM
 * fault handlers send them: SIGSEGV with SEGV_MAPERR for an unmapped
 * page and SEGV_ACCERR for a write to a read-only page or a read of a
 * PROT_NONE one, si_addr the exact byte; SIGILL with ILL_ILLOPC and
 * si_addr the instruction for an undefined instruction. A handler that
 * makes the page accessible and returns has the faulting instruction run
 * again, and succeed. A fault while SIGSEGV is blocked or ignored, or
 * inside the SIGSEGV handler itself, ends the process with SIGSEGV
 * (force_sig). Raw rt_sigaction with Linux's numbers.
 */
#include "lt.h"
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <linux_abi/signal.h>
#include <linux_abi/sigcontext.h>
#include "lt_raw.h"

static volatile int hits, seen_signo, seen_code;
static volatile u_int32_t seen_addr, seen_pc;
static volatile int fix;                /* 0: skip the instruction; 1: mprotect the page RW */
static void *fix_page;

static void handler(int sig, struct linux_siginfo *si, void *ctx)
{
	struct linux_ucontext *uc = ctx;

	hits++;
	seen_signo = si->si_signo;
	seen_code = si->si_code;
	seen_addr = si->sifields.sigfault.addr;
	seen_pc = uc->uc_mcontext.arm_pc;
	if (fix)
		mprotect(fix_page, 4096, PROT_READ | PROT_WRITE);
	else
		uc->uc_mcontext.arm_pc += 4;    /* skip the ARM instruction */
}

static void install(int sig, u_int32_t handler_word, u_int32_t mask)
{
	struct linux_sigaction k = { handler_word, LINUX_SA_SIGINFO | LINUX_SA_RESTORER,
				     (u_int32_t)rt_restorer, { { mask, 0 } } };

	SETUP(syscall(SYS_rt_sigaction, sig, &k, 0, 8));
}

__attribute__((noinline, target("arm"))) static void store(volatile void *p, u_int32_t v)
{
	__asm__ volatile("str %1, [%0]" : : "r"(p), "r"(v) : "memory");
}

__attribute__((noinline, target("arm"))) static u_int32_t load(volatile void *p)
{
	u_int32_t v = 0x5a5a5a5a;

	__asm__ volatile("ldr %0, [%1]" : "+r"(v) : "r"(p) : "memory");
	return v;
}

/* the address of the udf instruction in undefined() */
extern char undef_insn[];
__attribute__((noinline, target("arm"))) static void undefined(void)
{
	__asm__ volatile(".globl undef_insn\nundef_insn:\n\t.inst 0xe7f000f0" ::: "memory");
}

static void reset(void)
{
	hits = seen_signo = seen_code = 0;
	seen_addr = seen_pc = 0;
}

/* the raw wait status of a child that runs fn (RLIMIT_CORE 0) */
static int child(void (*fn)(void))
{
	int st = -1;
	pid_t pid = fork();

	SETUP(pid);
	if (pid == 0) {
		struct rlimit r = { 0, 0 };

		setrlimit(RLIMIT_CORE, &r);
		fn();
		_exit(0);
	}
	syscall(SYS_wait4, pid, &st, 0, 0);
	return st;
}

static void fault_blocked(void)
{
	linux_sigset_t s = { { 1u << (LINUX_SIGSEGV - 1), 0 } };

	install(LINUX_SIGSEGV, (u_int32_t)handler, 0);
	syscall(SYS_rt_sigprocmask, LINUX_SIG_BLOCK, &s, 0, 8);
	store(BAD, 1);
	_exit(hits ? 50 : 51);
}

static void fault_ignored(void)
{
	install(LINUX_SIGSEGV, LINUX_SIG_IGN, 0);
	store(BAD, 1);
	_exit(52);
}

static void nested_handler(int sig, struct linux_siginfo *si, void *ctx)
{
	hits++;
	store(BAD, 2);  /* SIGSEGV is blocked in here */
	_exit(53);
}

static void fault_in_handler(void)
{
	install(LINUX_SIGSEGV, (u_int32_t)nested_handler, 0);
	store(BAD, 1);
	_exit(54);
}

static void fault_blocked_usr_handled(void)
{
	/* the handler blocks SIGSEGV (as sa_mask): a fault inside it is fatal too */
	install(LINUX_SIGUSR1, (u_int32_t)nested_handler, 1u << (LINUX_SIGSEGV - 1));
	install(LINUX_SIGSEGV, (u_int32_t)handler, 0);
	syscall(SYS_kill, getpid(), LINUX_SIGUSR1);
	_exit(55);
}

int main(void)
{
	char *p = mmap(0, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	SETUP_TRUE(p != MAP_FAILED);
	SETUP(munmap(p + 4096, 4096));
	install(LINUX_SIGSEGV, (u_int32_t)handler, 0);
	install(LINUX_SIGILL, (u_int32_t)handler, 0);

	reset();
	store(p + 4096 + 0x123, 7);
	EXPECT_EQ("unmapped page: SIGSEGV", seen_signo, LINUX_SIGSEGV);
	EXPECT_EQ("... si_code SEGV_MAPERR", seen_code, LINUX_SEGV_MAPERR);
	EXPECT_TRUE("... si_addr the byte", seen_addr == (u_int32_t)(p + 4096 + 0x123));
	EXPECT_TRUE("... the pc is in store()", seen_pc >= (u_int32_t)store && seen_pc < (u_int32_t)store + 16);

	SETUP(mprotect(p, 4096, PROT_READ));
	reset();
	store(p + 0x44, 7);
	EXPECT_EQ("write to PROT_READ: SIGSEGV", seen_signo, LINUX_SIGSEGV);
	EXPECT_EQ("... si_code SEGV_ACCERR", seen_code, LINUX_SEGV_ACCERR);
	EXPECT_TRUE("... si_addr the byte", seen_addr == (u_int32_t)(p + 0x44));
	EXPECT_EQ("... the store did not happen", p[0x44], 0);
	reset();
	EXPECT_EQ("reading it is fine", load(p + 0x44), 0);
	EXPECT_EQ("... no signal", hits, 0);

	SETUP(mprotect(p + 2 * 4096, 4096, PROT_NONE));
	reset();
	load(p + 2 * 4096 + 0x10);
	EXPECT_EQ("read of PROT_NONE: SEGV_ACCERR", seen_code, LINUX_SEGV_ACCERR);
	EXPECT_TRUE("... si_addr the byte", seen_addr == (u_int32_t)(p + 2 * 4096 + 0x10));

	/* a handler that makes the page writable: the store runs again */
	reset();
	fix = 1;
	fix_page = p;
	store(p + 0x48, 0x1234);
	fix = 0;
	EXPECT_EQ("fixing handler: ran once", hits, 1);
	EXPECT_EQ("... the store was retried and landed", *(u_int32_t *)(p + 0x48), 0x1234);
	reset();
	fix = 1;
	fix_page = p + 2 * 4096;
	EXPECT_EQ("a load retried after mprotect reads the page", load(p + 2 * 4096 + 0x10), 0);
	fix = 0;
	EXPECT_EQ("... one fault", hits, 1);

	/* SIGILL */
	reset();
	undefined();
	EXPECT_EQ("udf: SIGILL", seen_signo, LINUX_SIGILL);
	EXPECT_EQ("... si_code ILL_ILLOPC", seen_code, LINUX_ILL_ILLOPC);
	EXPECT_TRUE("... si_addr the instruction", seen_addr == (u_int32_t)undef_insn);
	EXPECT_TRUE("... the pc the instruction", seen_pc == (u_int32_t)undef_insn);

	/* forced: blocked, ignored, or in the handler */
	EXPECT_EQ("fault with SIGSEGV blocked: killed by SIGSEGV", child(fault_blocked), LINUX_SIGSEGV);
	EXPECT_EQ("fault with SIGSEGV ignored: killed by SIGSEGV", child(fault_ignored), LINUX_SIGSEGV);
	EXPECT_EQ("fault in the SIGSEGV handler: killed by SIGSEGV", child(fault_in_handler), LINUX_SIGSEGV);
	EXPECT_EQ("fault where sa_mask blocks SIGSEGV: killed", child(fault_blocked_usr_handled), LINUX_SIGSEGV);
	return lt_done();
}
